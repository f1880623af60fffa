// Issue 9, robustness: every public function, fed hostile strings, never throws and returns a
// well-formed result; fed anything else, it either answers or throws PolicyInputError (never a
// TypeError or RangeError); its answers are deterministic and it never mutates its input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  CLAUSE_IDS,
  PolicyInputError,
  classifiers,
  isPolicyInputError,
  laSarre,
  villeDeQuebec,
  type ClauseId,
  type Policy,
} from '../../src/index.js';
import { attempt, deepFreeze, describeForeign, hostileString, junk, nonString } from './arbitraries.js';
import {
  AttestationOut,
  DecisionOut,
  DeadlineOut,
  DetectionOut,
  EmployeeWarningsOut,
  FindingOut,
  HolidayOut,
  KindDetectionOut,
  ModerationOut,
  SlaOut,
  TokenOut,
  TriageOut,
  VerdictOut,
  evidenceMatches,
  kindEvidenceMatches,
  segmentsWithin,
  tokensMatch,
  verdictWithin,
} from './schemas.js';

type AnyFn = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]): unknown => (fn as AnyFn)(...args);

const RECEIVED = '2026-03-10T14:30:00-04:00';
const NOW = '2026-03-11T09:00:00-04:00';
const policyArb = fc.constantFrom<Policy | undefined>(undefined, laSarre, villeDeQuebec);

/**
 * Every exported function, called with three arbitrary arguments. The table is checked against
 * the module's exports below, so a new export without a line here fails the suite.
 */
const JUNK_CALLS: Record<string, (a: unknown, b: unknown, c: unknown) => unknown> = {
  moderate: (a, b) => call(api.moderate, a, b),
  triage: (a, b) => call(api.triage, a, b),
  removalNotice: (a, b) => call(api.removalNotice, a, b),
  detectKinds: (a) => call(api.detectKinds, a),
  fillTemplate: (a, b) => call(api.fillTemplate, a, b),
  contactPhrase: (a, b, c) => call(api.contactPhrase, a, b, c),
  detectLanguage: (a) => call(api.detectLanguage, a),
  checkReplyLanguage: (a, b) => call(api.checkReplyLanguage, a, b),
  responseDeadline: (a, b) => call(api.responseDeadline, a, b),
  slaStatus: (a, b, c) => call(api.slaStatus, a, b, c),
  businessMinutesBetween: (a, b, c) => call(api.businessMinutesBetween, a, b, c),
  isBusinessDay: (a, b) => call(api.isBusinessDay, a, b),
  nextOpening: (a, b) => call(api.nextOpening, a, b),
  holidays: (a, b) => call(api.holidays, a, b),
  businessCalendar: (a, b) => call(api.businessCalendar, a, b),
  can: (a, b, c) => call(api.can, a, b, c),
  explain: (a, b, c) => call(api.explain, a, b, c),
  checkEmployeePost: (a, b) => call(api.checkEmployeePost, a, b),
  attestationDue: (a, b) => call(api.attestationDue, a, b),
  definePolicy: (a, b) => call(api.definePolicy, a, b),
  policyJsonSchema: (a) => call(api.policyJsonSchema, a),
  normalize: (a) => call(api.normalize, a),
  tokenize: (a) => call(api.tokenize, a),
  foldAccents: (a) => call(api.foldAccents, a),
  foldKey: (a) => call(api.foldKey, a),
  isPolicyInputError: (a) => call(api.isPolicyInputError, a),
  // The error class itself: building one from any subject must not throw.
  PolicyInputError: (a) => new PolicyInputError(typeof a === 'string' ? a : 'input', []),
};

// The classifiers are exported one by one under camelCase names.
const CLASSIFIER_EXPORTS: Record<string, ClauseId> = Object.fromEntries(
  Object.entries(api)
    .filter(([, v]) => typeof v === 'function' && typeof (v as { clause?: unknown }).clause === 'string')
    .map(([name, v]) => [name, (v as unknown as { clause: ClauseId }).clause]),
);

function junkCall(name: string): (a: unknown, b: unknown, c: unknown) => unknown {
  const clause = CLASSIFIER_EXPORTS[name];
  if (clause) return (a, b) => call(classifiers[clause], a, b);
  const fn = JUNK_CALLS[name];
  if (!fn) throw new Error(`no junk call for ${name}`);
  return fn;
}

const exportedFunctions = Object.entries(api)
  .filter(([, v]) => typeof v === 'function')
  .map(([name]) => name)
  .sort();

describe('hardening: every public function is covered', () => {
  it('has a junk call for each exported function', () => {
    const missing = exportedFunctions.filter((name) => !CLASSIFIER_EXPORTS[name] && !JUNK_CALLS[name]);
    expect(missing).toEqual([]);
    expect(Object.keys(CLASSIFIER_EXPORTS)).toHaveLength(CLAUSE_IDS.length);
  });
});

describe('hardening: malformed arguments give PolicyInputError or a result, never another error', () => {
  for (const name of exportedFunctions) {
    if (name === 'PolicyInputError') continue;
    it(name, () => {
      const run = junkCall(name);
      fc.assert(
        fc.property(junk, junk, junk, (a, b, c) => {
          const foreign = describeForeign(attempt(() => run(a, b, c)));
          if (foreign) throw new Error(`${name} threw ${foreign}`);
        }),
        { numRuns: 40, seed: 9 },
      );
    });
  }
});

describe('hardening: a text that is not a string is a PolicyInputError', () => {
  // Objects carrying a string `text` would be valid input; leave them out.
  const notText = nonString.filter((v) => !(typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string'));
  const cases: Record<string, (x: unknown) => unknown> = {
    'moderate({ text })': (x) => call(api.moderate, { text: x }),
    'moderate(comment)': (x) => call(api.moderate, x),
    'classifiers.insult({ text })': (x) => call(classifiers.insult, { text: x }),
    'classifiers.spam({ text })': (x) => call(classifiers.spam, { text: x }),
    'triage({ text })': (x) => call(api.triage, { text: x }),
    'triage(comment)': (x) => call(api.triage, x),
    'detectLanguage(text)': (x) => call(api.detectLanguage, x),
    'checkReplyLanguage(reply)': (x) => call(api.checkReplyLanguage, x),
    'checkReplyLanguage(reply, { inReplyTo })': (x) => call(api.checkReplyLanguage, 'Bonjour', { inReplyTo: x }),
    'detectKinds(text)': (x) => call(api.detectKinds, x),
    'checkEmployeePost(post)': (x) => call(api.checkEmployeePost, x),
    'checkEmployeePost({ text })': (x) => call(api.checkEmployeePost, { text: x }),
    'normalize(text)': (x) => call(api.normalize, x),
    'tokenize(text)': (x) => call(api.tokenize, x),
    'foldAccents(text)': (x) => call(api.foldAccents, x),
    'foldKey(text)': (x) => call(api.foldKey, x),
    'fillTemplate(template)': (x) => call(api.fillTemplate, x, {}),
    'responseDeadline(receivedAt)': (x) => call(api.responseDeadline, x === undefined ? null : x),
    'can(actor, action)': (x) => call(api.can, { roles: ['employee'] }, x),
  };
  for (const [label, run] of Object.entries(cases)) {
    it(label, () => {
      fc.assert(
        fc.property(notText, (x) => {
          const outcome = attempt(() => run(x));
          if (outcome.ok) throw new Error(`${label} accepted ${String(x)} instead of throwing PolicyInputError`);
          const foreign = describeForeign(outcome);
          if (foreign) throw new Error(`${label} threw ${foreign}`);
        }),
        { numRuns: 40, seed: 9 },
      );
    });
  }
});

/** Calls `run` twice on a deep-frozen input and checks: no throw, same result, input intact. */
function stable<I>(input: I, run: (input: I) => unknown): unknown {
  const snapshot = structuredClone(input);
  deepFreeze(input);
  const first = attempt(() => run(input));
  if (!first.ok) throw new Error(`threw ${describeForeign(first) ?? String(first.error)}`);
  const second = run(input);
  expect(second).toEqual(first.value);
  expect(input).toEqual(snapshot);
  return first.value;
}

const RUNS = { numRuns: 60, seed: 9 } as const;

describe('hardening: any string is accepted and gives a well-formed, deterministic result', () => {
  it('moderate()', () => {
    fc.assert(
      fc.property(hostileString, hostileString, policyArb, (text, other, policy) => {
        const comment = { text, author: { displayName: other }, post: { text: other }, history: [{ text: other, postedAt: RECEIVED }], postedAt: NOW };
        const result = ModerationOut.parse(stable(comment, (c) => api.moderate(c, policy ? { policy } : {})));
        expect(evidenceMatches(text, result.violations)).toBe(true);
      }),
      RUNS,
    );
  });

  it('each classifier', () => {
    fc.assert(
      fc.property(hostileString, fc.constantFrom(...CLAUSE_IDS), policyArb, (text, clause, policy) => {
        const finding = stable({ text }, (c) => classifiers[clause](c, policy ? { policy } : {}));
        if (finding !== null) {
          const parsed = FindingOut.parse(finding);
          expect(parsed.clause).toBe(clause);
          expect(evidenceMatches(text, [parsed])).toBe(true);
        }
      }),
      { numRuns: 120, seed: 9 },
    );
  });

  it('triage()', () => {
    fc.assert(
      fc.property(hostileString, fc.option(fc.constant(RECEIVED), { nil: undefined }), policyArb, (text, receivedAt, policy) => {
        const options = { ...(receivedAt ? { receivedAt } : {}), ...(policy ? { policy } : {}) };
        const result = TriageOut.parse(stable({ text }, (c) => api.triage(c, options)));
        expect(kindEvidenceMatches(text, result.evidence)).toBe(true);
      }),
      RUNS,
    );
  });

  it('detectKinds()', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const result = KindDetectionOut.parse(stable(text, (t) => api.detectKinds(t)));
        expect(kindEvidenceMatches(text, result.evidence)).toBe(true);
      }),
      RUNS,
    );
  });

  it('detectLanguage()', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const result = DetectionOut.parse(stable(text, (t) => api.detectLanguage(t)));
        expect(segmentsWithin(text.length, result)).toBe(true);
      }),
      RUNS,
    );
  });

  it('checkReplyLanguage()', () => {
    fc.assert(
      fc.property(hostileString, hostileString, fc.constantFrom('general', 'health', 'safety', 'emergency'), policyArb, (reply, inReplyTo, topic, policy) => {
        const options = { inReplyTo, topic, ...(policy ? { policy } : {}) };
        const result = VerdictOut.parse(stable(reply, (r) => api.checkReplyLanguage(r, options)));
        expect(verdictWithin(reply.length, result)).toBe(true);
      }),
      RUNS,
    );
  });

  it('checkEmployeePost()', () => {
    fc.assert(
      fc.property(hostileString, hostileString, fc.constantFrom('personal', 'professional', 'official'), (text, bio, usage) => {
        EmployeeWarningsOut.parse(stable(text, (t) => api.checkEmployeePost(t, { usage })));
        EmployeeWarningsOut.parse(stable({ text, profile: { bio, name: bio, email: bio } }, (p) => api.checkEmployeePost(p, { usage })));
      }),
      RUNS,
    );
  });

  it('normalize(), tokenize(), foldAccents(), foldKey()', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const normalized = stable(text, (t) => api.normalize(t)) as ReturnType<typeof api.normalize>;
        expect(normalized.original).toBe(text);
        expect(normalized.starts?.length).toBe(normalized.ends?.length);
        expect(normalized.starts?.length ?? normalized.folded.length).toBe(normalized.folded.length);
        for (const token of normalized.tokens) {
          expect(token.start >= 0 && token.start <= token.end && token.end <= text.length).toBe(true);
        }
        const tokens = TokenOut.array().parse(stable(text, (t) => api.tokenize(t)));
        expect(tokensMatch(text, tokens)).toBe(true);
        expect(typeof stable(text, (t) => api.foldAccents(t))).toBe('string');
        const key = stable(text, (t) => api.foldKey(t)) as string;
        expect(api.foldKey(key)).toBe(key);
      }),
      RUNS,
    );
  });

  it('fillTemplate()', () => {
    fc.assert(
      fc.property(hostileString, hostileString, (template, name) => {
        expect(typeof stable({ template, values: { name } }, (x) => api.fillTemplate(x.template, x.values))).toBe('string');
      }),
      RUNS,
    );
  });

  it('date functions take any string as a date: a result or a PolicyInputError', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (s) => {
        const checks: [() => unknown, { parse: (v: unknown) => unknown }][] = [
          [() => api.responseDeadline(s), DeadlineOut],
          [() => api.slaStatus(RECEIVED, s), SlaOut],
          [() => api.nextOpening(s), { parse: (v) => expect(v instanceof Date && Number.isFinite(v.getTime())).toBe(true) }],
          [() => api.isBusinessDay(s), { parse: (v) => expect(typeof v).toBe('boolean') }],
          [() => api.businessMinutesBetween(RECEIVED, s), { parse: (v) => expect(Number.isFinite(v)).toBe(true) }],
          [() => api.attestationDue(s), AttestationOut],
          [() => api.triage({ text: 'Quand ouvre la piscine?' }, { receivedAt: s }), TriageOut],
        ];
        for (const [run, schema] of checks) {
          const outcome = attempt(run);
          if (outcome.ok) schema.parse(outcome.value);
          else if (!isPolicyInputError(outcome.error)) throw new Error(`date ${JSON.stringify(s)}: ${describeForeign(outcome)}`);
        }
      }),
      { numRuns: 80, seed: 9 },
    );
  });

  it('holidays() takes any year: a list or a PolicyInputError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1800, max: 2300 }), fc.double()), (year) => {
        const outcome = attempt(() => api.holidays(year));
        if (outcome.ok) HolidayOut.array().parse(outcome.value);
        else expect(isPolicyInputError(outcome.error)).toBe(true);
      }),
      { numRuns: 60, seed: 9 },
    );
  });

  it('can() and explain() take any string as an action or a role', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.constantFrom(...api.ACTIONS)), fc.oneof(hostileString, fc.constantFrom(...api.ROLES)), (action, role) => {
        const actor = { roles: [role] };
        for (const run of [() => api.can(actor as never, action as never), () => api.explain(actor as never, action as never).decision]) {
          const outcome = attempt(run);
          if (outcome.ok) DecisionOut.parse(outcome.value);
          else if (!isPolicyInputError(outcome.error)) throw new Error(describeForeign(outcome) ?? '');
        }
      }),
      { numRuns: 60, seed: 9 },
    );
  });

  it('removalNotice() for every clause and language gives a non-empty text', () => {
    for (const clause of CLAUSE_IDS) {
      for (const language of ['fr', 'en'] as const) {
        for (const policy of [laSarre, villeDeQuebec]) {
          const notice = stable({ clause }, (s) => api.removalNotice(s, { policy, language }));
          expect(typeof notice === 'string' && notice.length > 0).toBe(true);
        }
      }
    }
  });
});
