// µs per warm can() call, against two anchors measured in the same run:
// - a hand-written `if` chain answering the same question (the floor for any rule engine);
// - zod parsing the same actor and context (the cost of validating input at the boundary).
import { Bench } from 'tinybench';
import { built } from './built.js';

const { can, ActorSchema, ContextSchema } = await built<typeof import('../src/roles/index.js')>('roles');
const { villeDeQuebec } = await built<typeof import('../src/policies/index.js')>('policies');

const at = '2026-07-10T09:00:00-04:00';
const employeeWithGrant = {
  roles: ['employee'],
  grants: [
    {
      kind: 'replacement' as const,
      actions: ['reply' as const],
      grantedBy: 'general-management',
      from: '2026-07-06T00:00:00-04:00',
      until: '2026-07-20T00:00:00-04:00',
    },
  ],
};
const comms = { roles: ['communications-lead'] };
const council = { roles: ['council-member'] };
const qcEmployee = { roles: ['employee'], authorizations: ['communications' as const, 'supervisor' as const], mandate: { topics: ['loisirs'] } };

function handWritten(roles: readonly string[], action: string, context: { electoralPeriod?: boolean; content?: string }): boolean {
  if (action === 'answer-media' || action === 'handle-complaint-publicly') return false;
  if (context.electoralPeriod && (context.content === 'partisan' || context.content === 'political-opinion')) return false;
  if (roles.includes('communications-lead') || roles.includes('communications-staff')) return action === 'publish' || action === 'reply';
  if (roles.includes('council-member')) return action === 'comment' && context.content === 'general-information';
  return false;
}

export default async function (): Promise<void> {
  const bench = new Bench({ time: 500, warmup: true });
  let sink = 0;
  bench
    .add('can(): communications publish (La Sarre)', () => {
      sink += can(comms, 'publish', { at }).allowed ? 1 : 0;
    })
    .add('can(): employee reply with a replacement grant', () => {
      sink += can(employeeWithGrant, 'reply', { at }).allowed ? 1 : 0;
    })
    .add('can(): council member, electoral period', () => {
      sink += can(council, 'comment', { at, electoralPeriod: true, content: 'political-opinion' }).allowed ? 1 : 0;
    })
    .add('can(): Québec employee with mandate', () => {
      sink += can(qcEmployee, 'publish', { at, topic: 'loisirs', usage: 'official' }, { policy: villeDeQuebec }).allowed ? 1 : 0;
    })
    .add('anchor: hand-written if chain', () => {
      sink += handWritten(council.roles, 'comment', { electoralPeriod: true, content: 'political-opinion' }) ? 1 : 0;
    })
    .add('anchor: zod parse of actor + context only', () => {
      sink += ActorSchema.parse(employeeWithGrant).roles.length + (ContextSchema.parse({ at }).at ? 1 : 0);
    });
  await bench.run();
  const rows = bench.tasks.map((task) => {
    const mean = task.result && 'latency' in task.result ? task.result.latency.mean : Number.NaN;
    return { task: task.name, 'µs/call': Number((mean * 1000).toFixed(3)) };
  });
  const anchor = rows.find((r) => r.task.startsWith('anchor: zod'))?.['µs/call'] ?? Number.NaN;
  console.table(rows.map((r) => ({ ...r, 'ratio to zod anchor': Number((r['µs/call'] / anchor).toFixed(2)) })));
  console.log(`target: < 2 µs per warm can() call (sink ${sink > 0 ? 'ok' : 'empty'})`);
}
