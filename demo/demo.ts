// `npm start`: what a communications officer of La Sarre would see on a Monday morning.
// Moderates and triages the comments of fixtures/demo/comments.jsonl (six city posts: snow
// removal, a boil-water advisory, the new collection calendar, tax bills, the winter festival,
// roadworks) with the La Sarre profile, and prints one row per comment: decision, clauses with
// the words at fault, triage, deadline and the reply (or removal notice) to send.
//
// Only the library's pure functions are used here, exactly as an app would call them; the file
// reading and the clock stay in this script. Runs from source with tsx: no build step.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { moderate, type CommentInput } from '../src/netiquette/index.js';
import { laSarre } from '../src/policies/index.js';
import { triage, removalNotice } from '../src/triage/index.js';
import { tableHeader, tableRow } from '../src/cli/table.js';

// The demo's clock is fixed so that its output never changes: Tuesday, January 20, 2026, noon.
const NOW = new Date('2026-01-20T12:00:00-05:00');
const file = fileURLToPath(new URL('../fixtures/demo/comments.jsonl', import.meta.url));
const width = Math.max(100, Math.min(process.stdout.columns || 140, 160));

const comments = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CommentInput & { id: string });

const counts = { keep: 0, review: 0, remove: 0 };
const owed = { onTime: 0, dueSoon: 0, overdue: 0 };
let out = `${laSarre.municipality} — ${comments.length} comments, policy ${laSarre.id}, as of ${NOW.toLocaleString('fr-CA', { timeZone: laSarre.calendar.timeZone })}\n\n`;
out += tableHeader(width, 'fr');

comments.forEach((comment, index) => {
  const verdict = moderate(comment, { policy: laSarre });
  const t = triage(comment, { policy: laSarre });
  counts[verdict.decision] += 1;

  // What to send: the removal notice for a removed comment, otherwise the suggested reply in
  // the citizen's language (French, or English when they wrote in English, La Sarre §5.7).
  const first = verdict.violations[0];
  const reply =
    verdict.decision === 'remove' && first
      ? removalNotice(first.clause, { policy: laSarre })
      : (t.replies.find((r) => r.language === t.language) ?? t.replies[0])?.text;

  // Where the answer stands at NOW (La Sarre §5.6.1: one to two business days).
  let sla: string | undefined;
  const answerOwed = t.routing.action !== 'none' && (verdict.decision !== 'remove' || t.routing.action === 'emergency-911');
  if (answerOwed && t.deadline) {
    sla = NOW > t.deadline.due ? 'overdue' : NOW > t.deadline.target ? 'due-soon' : 'on-time';
    owed[sla === 'overdue' ? 'overdue' : sla === 'due-soon' ? 'dueSoon' : 'onTime'] += 1;
  }

  out += tableRow(
    {
      line: index + 1,
      id: comment.id,
      text: comment.text,
      verdict,
      triage: t,
      ...(reply ? { reply, replyKind: verdict.decision === 'remove' ? ('removal' as const) : ('reply' as const) } : {}),
      ...(sla ? { sla } : {}),
    },
    width,
    'fr',
  );
});

out += `${'─'.repeat(Math.min(width, 120))}\n`;
out += `Décisions : ${counts.keep} à garder, ${counts.review} à vérifier, ${counts.remove} à retirer (nétiquette, La Sarre §5.5).\n`;
out += `Réponses dues : ${owed.onTime} à temps, ${owed.dueSoon} bientôt dues, ${owed.overdue} en retard (délai de réponse, §5.6.1).\n`;
out += `\nTry the command too: npx tsx src/cli/netiquette.ts summary fixtures/demo/comments.jsonl --now 2026-01-20T12:00:00-05:00\n`;
process.stdout.write(out);
