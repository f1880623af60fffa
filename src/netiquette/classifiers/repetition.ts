import { normalize } from '../../text/normalize.js';
import { defineClassifier, type ClassifierContext, type Draft } from '../context.js';

const DAY_MS = 86_400_000;

/** Character trigrams of a word sequence (internal). */
function trigrams(words: readonly string[]): Set<string> {
  const text = ` ${words.join(' ')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i += 1) out.add(text.slice(i, i + 3));
  return out;
}

/** Dice similarity of two trigram sets, 0–1. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

const wordsOf = (keys: readonly { squeezed: string; alphabetic: boolean; bare: string }[]): string[] =>
  keys.filter((t) => t.bare.length > 0).map((t) => (t.alphabetic ? t.squeezed : t.bare));

const FLOOD_MS = 24 * 60 * 60 * 1000;

/** A short comment posted at least twice before within a day, word for word. */
function floodOfShort(context: ClassifierContext, words: readonly string[]): Draft | null {
  const { comment, text } = context;
  const at = comment.postedAt?.getTime();
  if (at === undefined || words.length === 0) return null;
  const key = words.join(' ');
  let copies = 0;
  for (const previous of comment.history ?? []) {
    const when = previous.postedAt.getTime();
    if (when > at || at - when > FLOOD_MS) continue;
    if (wordsOf(normalize(previous.text).tokens).join(' ') === key) copies += 1;
  }
  if (copies < 2) return null;
  return {
    confidence: Math.min(0.95, 0.7 + 0.1 * copies),
    evidence: [{ start: 0, end: text.original.length, text: text.original }],
    detail: { fr: `Déjà publié ${copies} fois dans la même journée.`, en: `Already posted ${copies} time(s) the same day.` },
  };
}

function detect(context: ClassifierContext): Draft | null {
  const { comment, policy, text } = context;
  const history = comment.history;
  if (!history || history.length === 0) return null;
  const words = wordsOf(text.tokens);
  // Thanks, "+1", "Merci!": too short to be repetition — unless the same short words come again and
  // again within a day ("le son!!!" four times in six minutes): that floods the thread.
  if (words.length < 3 && text.original.trim().length < 15) return floodOfShort(context, words);
  const mine = trigrams(words);
  const windowMs = policy.netiquette.repetitionWindowDays * DAY_MS;
  const at = comment.postedAt?.getTime();
  let matches = 0;
  let close = 0;
  let best = 0;
  for (const previous of history) {
    const when = previous.postedAt.getTime();
    if (at !== undefined && (when > at || at - when > windowMs)) continue;
    const score = similarity(mine, trigrams(wordsOf(normalize(previous.text).tokens)));
    if (score >= 0.8) {
      matches += 1;
      best = Math.max(best, score);
    } else if (score >= 0.7) close += 1;
  }
  // The same message reworded a little each time: one close copy may be chance, two are a habit.
  if (matches === 0 && close >= 2) {
    matches = close;
    best = 0.8;
  }
  if (matches === 0) return null;
  const days = policy.netiquette.repetitionWindowDays;
  return {
    confidence: Math.min(0.98, 0.75 + 0.1 * matches + (best - 0.8) * 0.5),
    evidence: [{ start: 0, end: text.original.length, text: text.original }],
    detail: {
      fr: `Déjà publié ${matches} fois au cours des ${days} derniers jours.`,
      en: `Already posted ${matches} time(s) in the previous ${days} days.`,
    },
  };
}

/**
 * `repetition` (La Sarre §5.5): the same or nearly the same comment posted again by the same
 * author within the profile's window (7 days by default). Reads only `history` and `postedAt`;
 * silent without history. Short thanks are never repetition.
 *
 * @example
 * ```ts
 * repetition({
 *   text: 'Quand allez-vous réparer le trou sur la 2e rue?',
 *   postedAt: '2026-03-10T09:00:00-04:00',
 *   history: [{ text: 'Quand allez vous réparer le trou sur la 2e rue', postedAt: '2026-03-09T08:00:00-04:00' }],
 * })?.clause; //=> 'repetition'
 * ```
 */
export const repetition = defineClassifier('repetition', detect);
