// The help texts of the `netiquette` command (English, with the policies' own French terms).

/**
 * The commands of the CLI.
 *
 * @example
 * ```ts
 * COMMANDS.includes('summary'); //=> true
 * ```
 */
export const COMMANDS = ['moderate', 'summary', 'deadline', 'language', 'can'] as const;
/**
 * One command of the CLI.
 *
 * @example
 * ```ts
 * const c: Command = 'deadline';
 * ```
 */
export type Command = (typeof COMMANDS)[number];

/**
 * The output formats of `netiquette moderate`.
 *
 * @example
 * ```ts
 * FORMATS; //=> ['jsonl', 'table', 'summary']
 * ```
 */
export const FORMATS = ['jsonl', 'table', 'summary'] as const;
/**
 * An output format of `netiquette moderate`.
 *
 * @example
 * ```ts
 * const f: Format = 'table';
 * ```
 */
export type Format = (typeof FORMATS)[number];

/**
 * The general help (`netiquette --help`).
 *
 * @example
 * ```ts
 * MAIN_HELP.startsWith('netiquette:'); //=> true
 * ```
 */
export const MAIN_HELP = `netiquette: Québec municipal social-media policies from the command line

Usage: netiquette <command> [options]

Commands:
  moderate [FILE|-]     moderate JSONL comments against the nétiquette; one JSONL verdict per line
  summary [FILE|-]      counts per decision and clause, top evidence words, English share,
                        questions, complaints (plaintes) and answers past their délai de réponse
  deadline RECEIVED_AT  response deadline (délai de réponse) of a comment received then
  language [TEXT|-]     language of a text (français, English, mixed…)
  can                   may an actor do an action under the policy? exit 0 yes, 1 no

Options:
  -h, --help            help (also: netiquette <command> --help)
  -v, --version         the version of netiquette-qc

Policies: --policy la-sarre (default), ville-de-quebec, or PATH.json (a profile checked
against the schema of policyJsonSchema(); a file may give only the fields that differ
from La Sarre).

Exit codes: 0 ok · 1 can: not allowed · 2 bad input (options, policy, or some lines failed)
· 3 internal failure.
`;

/**
 * Help of each command (`netiquette <command> --help`).
 *
 * @example
 * ```ts
 * HELP.can.startsWith('Usage: netiquette can'); //=> true
 * ```
 */
export const HELP: Readonly<Record<Command, string>> = Object.freeze({
  moderate: `Usage: netiquette moderate [FILE|-] [options]

Reads comments as JSONL (one JSON object per line, the shape moderate() takes:
{"id":…,"text":…,"author":{"displayName":…},"post":{"text":…},"postedAt":…}) from FILE, or
stdin when FILE is - or absent, and writes one verdict per line in input order:
{"id","line","decision":"keep|review|remove","violations":[…],"summary","policy"}.
A line that is not JSON or not a valid comment becomes {"line","error"}; processing goes
on and the exit code is 2. Blank lines are skipped.

Options:
  -p, --policy NAME|PATH  la-sarre (default), ville-de-quebec, or a JSON profile file
  -f, --format FORMAT     jsonl (default), table (for people), summary (counts only)
      --only LIST         write only these decisions: keep,review,remove (errors always)
      --triage            add triage: kinds (question, plainte, médias, urgence), routing,
                          deadline (délai de réponse) and suggested replies
      --received-at T     receipt time of comments without postedAt (ISO with offset)
      --now T             judge deadlines at T (adds "sla": on-time|due-soon|overdue)
  -j, --jobs N            worker threads (default 1); output order is always input order
      --batch-lines N     lines sent to a worker at a time (default 256)
      --lang fr|en        language of the table (default fr)
      --width N           table width (default: the terminal's, or 120)
  -h, --help              this help

Examples:
  netiquette moderate comments.jsonl --only remove,review > to-check.jsonl
  cat export.jsonl | netiquette moderate --triage --received-at 2026-01-13T09:00:00-05:00
  netiquette moderate comments.jsonl --format table --triage --policy ville-de-quebec
`,
  summary: `Usage: netiquette summary [FILE|-] [options]

Moderates and triages JSONL comments (as for moderate) and prints the statistics the
communications team analyses (La Sarre §5.1): comments per decision and per clause of the
nétiquette, the most frequent evidence words, the share of English, of questions and of
complaints (plaintes), and the answers owed that are on time, due soon or overdue
(délai de réponse) as of --now. Removed comments owe no answer, except an emergency.

Options:
  -p, --policy NAME|PATH  la-sarre (default), ville-de-quebec, or a JSON profile file
      --json              print the summary as one JSON object
      --top N             how many evidence words to list (default 10)
      --now T             judge deadlines at T (default: now)
      --received-at T     receipt time of comments without postedAt
  -j, --jobs N            worker threads (default 1)
      --batch-lines N     lines sent to a worker at a time (default 256)
  -h, --help              this help
`,
  deadline: `Usage: netiquette deadline RECEIVED_AT [options]

The response deadline (délai de réponse) of a question or comment received at RECEIVED_AT
(ISO 8601 with its offset, e.g. 2026-05-19T10:00:00-04:00): the target and the latest
answer in business days (jours ouvrables), skipping holidays (jours fériés) and closures.

Options:
      --now T             also say whether the answer is on time, due soon or overdue at T
      --emergency         emergency mode (mesures d'urgence): the clock runs day and night
  -p, --policy NAME|PATH  la-sarre (default), ville-de-quebec, or a JSON profile file
      --json              print JSON
  -h, --help              this help
`,
  language: `Usage: netiquette language [TEXT…|-] [options]

Detects the language of TEXT (or of stdin when TEXT is - or absent): fr, en, mixed, other
or und, with a confidence.

Options:
      --json              print the whole detection (segments, method, scores) as JSON
  -h, --help              this help
`,
  can: `Usage: netiquette can --actor FILE|JSON --action ACTION [options]

Says whether an actor may do an action under the policy (rôles et responsabilités) and
why, with the sections it rests on. Exit code 0 when allowed, 1 when not, 2 on bad input.

Options:
      --actor FILE|JSON   the actor: a JSON file, - for stdin, or inline JSON,
                          e.g. '{"roles":["communications-lead"]}'
      --action ACTION     publish, reply, answer-media, handle-complaint-publicly, …
      --at T              when the act happens (grants are checked at T; default: now)
      --context FILE|JSON more circumstances: {"electoralPeriod":true,"content":"partisan"}
  -p, --policy NAME|PATH  la-sarre (default), ville-de-quebec, or a JSON profile file
      --json              print the decision as JSON
  -h, --help              this help
`,
});
