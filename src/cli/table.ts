// The human-readable table of `netiquette moderate --format table` and of the demo: one row
// per comment with fixed column widths (so it can stream: no row waits for the others), the
// suggested reply wrapped underneath.
import type { ModerationResult } from '../netiquette/moderate.js';
import type { TriageResult } from '../triage/triage.js';
import { SERVICE_TERMS } from '../triage/lexicon.js';

/**
 * The language of the table's labels and of the reply shown.
 *
 * @example
 * ```ts
 * const l: TableLanguage = 'en';
 * ```
 */
export type TableLanguage = 'fr' | 'en';

/**
 * One row of the table: what the CLI knows about one comment.
 *
 * @example
 * ```ts
 * const row: TableRow = { line: 3, text: 'Merci!', verdict: moderate({ text: 'Merci!' }) };
 * ```
 */
export interface TableRow {
  readonly line: number;
  readonly id?: string | number;
  readonly text: string;
  readonly verdict: ModerationResult;
  readonly triage?: TriageResult;
  /** The message to post or send (a triage reply, or the removal notice). */
  readonly reply?: string;
  /** Whether `reply` is a reply to post or the notice sent to the author of a removed comment. @default 'reply' */
  readonly replyKind?: 'reply' | 'removal';
  /** `overdue`, `due-soon` or `on-time` as of `--now`, when known. */
  readonly sla?: string;
}

const DECISIONS = {
  fr: { keep: 'garder', review: 'à vérifier', remove: 'RETIRER' },
  en: { keep: 'keep', review: 'review', remove: 'REMOVE' },
} as const;

const ACTIONS = {
  fr: {
    'answer-publicly': 'répondre en public',
    'acknowledge-then-answer': 'accuser réception',
    'route-privately': 'suivi en privé',
    'redirect-media': 'diriger aux comm.',
    'emergency-911': 'URGENCE 9-1-1',
    none: '—',
  },
  en: {
    'answer-publicly': 'answer publicly',
    'acknowledge-then-answer': 'acknowledge, check',
    'route-privately': 'follow up privately',
    'redirect-media': 'to communications',
    'emergency-911': 'EMERGENCY 9-1-1',
    none: '—',
  },
} as const;

const KIND_LABELS = {
  fr: { question: 'question', complaint: 'plainte', 'media-request': 'médias', emergency: 'urgence', compliment: 'remerciement', other: 'autre' },
  en: { question: 'question', complaint: 'complaint', 'media-request': 'media', emergency: 'emergency', compliment: 'thanks', other: 'other' },
} as const;

const HEADERS = {
  fr: ['#', 'Décision', 'Commentaire', 'Clauses (mots en cause)', 'Triage', 'Échéance'],
  en: ['#', 'Decision', 'Comment', 'Clauses (offending words)', 'Triage', 'Due'],
} as const;

const SLA_LABELS = {
  fr: { overdue: 'EN RETARD', 'due-soon': 'bientôt dû', 'on-time': 'à temps' },
  en: { overdue: 'OVERDUE', 'due-soon': 'due soon', 'on-time': 'on time' },
} as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatDate(date: Date, timeZone: string, language: TableLanguage): string {
  const key = `${language}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    formatters.set(key, f);
  }
  return f.format(date);
}

/**
 * Splits a text into lines of at most `width` characters, at spaces when it can.
 *
 * @example
 * ```ts
 * wrap('Merci pour le déneigement', 12); //=> ['Merci pour', 'le', 'déneigement']
 * ```
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/u)) {
    if (word === '') continue;
    let rest = word;
    while ([...rest].length > width) {
      if (current) {
        out.push(current);
        current = '';
      }
      const chars = [...rest];
      out.push(chars.slice(0, width).join(''));
      rest = chars.slice(width).join('');
    }
    if (!current) current = rest;
    else if ([...current].length + 1 + [...rest].length <= width) current += ` ${rest}`;
    else {
      out.push(current);
      current = rest;
    }
  }
  if (current) out.push(current);
  return out.length > 0 ? out : [''];
}

function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

interface Layout {
  readonly widths: readonly number[];
  readonly total: number;
}

function layout(width: number): Layout {
  const fixed = [8, 10, 0, 30, 22, 19];
  const used = fixed.reduce((a, b) => a + b, 0) + (fixed.length - 1) * 2;
  const comment = Math.max(20, width - used);
  const widths = fixed.map((w, i) => (i === 2 ? comment : w));
  return { widths, total: widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * 2 };
}

function renderCells(cells: readonly string[], l: Layout, maxLines = Number.POSITIVE_INFINITY): string {
  const wrapped = cells.map((cell, i) => wrap(cell, l.widths[i] ?? 10));
  const height = Math.min(maxLines, Math.max(...wrapped.map((w) => w.length)));
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    lines.push(
      wrapped
        .map((w, i) => pad(w[row] ?? '', l.widths[i] ?? 10))
        .join('  ')
        .trimEnd(),
    );
  }
  return lines.join('\n');
}

/**
 * The table header (column titles and a rule), for a terminal `width` characters wide.
 *
 * @example
 * ```ts
 * tableHeader(120, 'fr').startsWith('#'); //=> true
 * ```
 */
export function tableHeader(width: number, language: TableLanguage): string {
  const l = layout(width);
  return `${renderCells(HEADERS[language], l)}\n${'─'.repeat(l.total)}\n`;
}

/**
 * One comment as rows of the table: its cells wrapped to the column widths, then the
 * suggested reply (or removal notice) underneath, then a blank line.
 *
 * @example
 * ```ts
 * tableRow({ line: 1, text: 'Merci!', verdict: moderate({ text: 'Merci!' }) }, 120, 'fr');
 * //=> '1      garder      Merci!   …'
 * ```
 */
export function tableRow(row: TableRow, width: number, language: TableLanguage): string {
  const l = layout(width);
  const { verdict, triage } = row;
  const clauses = verdict.violations
    .map((v) => {
      const words = [...new Set(v.evidence.map((e) => e.text.trim()).filter((t) => t.length > 0 && t.length <= 40))].slice(0, 3);
      return words.length > 0 ? `${v.clause}: ${words.map((w) => `«${w}»`).join(' ')}` : v.clause;
    })
    .join('; ');
  let triageCell = '';
  let due = '';
  if (triage) {
    const kinds = triage.kinds.filter((k) => k !== 'other').map((k) => KIND_LABELS[language][k]);
    const service = triage.routing.service;
    const serviceName =
      service === undefined ? '' : service === 'communications' ? 'communications' : SERVICE_TERMS[service].name[language];
    triageCell = [kinds.join(', '), ACTIONS[language][triage.routing.action], serviceName].filter((s) => s && s !== '—').join(' · ');
    if (triage.deadline) {
      due = formatDate(triage.deadline.due, triage.deadline.timeZone, language);
      if (row.sla && row.sla in SLA_LABELS[language]) due += ` (${SLA_LABELS[language][row.sla as keyof (typeof SLA_LABELS)['fr']]})`;
    }
  }
  const label = row.id === undefined ? String(row.line) : String(row.id);
  const excerpt = [...row.text.replace(/\s+/gu, ' ').trim()];
  const comment = excerpt.length > 160 ? `${excerpt.slice(0, 159).join('')}…` : excerpt.join('');
  let out = renderCells([label, DECISIONS[language][verdict.decision], comment, clauses || '—', triageCell || '—', due], l);
  if (row.reply) {
    const removal = row.replyKind === 'removal';
    const prefix = language === 'fr' ? (removal ? '  ↳ avis de retrait : ' : '  ↳ réponse : ') : removal ? '  ↳ removal notice: ' : '  ↳ reply: ';
    const body = wrap(row.reply, Math.max(20, l.total - prefix.length));
    out += `\n${body.map((line, i) => (i === 0 ? prefix : ' '.repeat(prefix.length)) + line).join('\n')}`;
  }
  return `${out}\n\n`;
}
