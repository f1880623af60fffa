import { parseInput } from '../errors.js';
import { isPlainObject, readInstant } from '../policies/common.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { Policy } from '../policies/schema.js';
import { foldKey } from '../text/fold.js';
import { matchLexicon, type LexiconMatch } from '../text/lexicon.js';
import { normalize, type NormalizedText } from '../text/normalize.js';
import { clauses, isClauseId, type Bilingual, type ClauseId, type ObjectionableSubcategory } from './clauses.js';
import type { Evidence, Finding } from './finding.js';
import { CommentInputSchema, type CommentInput, type ParsedComment } from './input.js';
import { netiquetteLexicon, type NetiquetteCategory } from './lexicons/index.js';

/**
 * Options every classifier takes.
 *
 * @example
 * ```ts
 * const options: ClassifierOptions = { policy: villeDeQuebec };
 * ```
 */
export interface ClassifierOptions {
  /** The municipality's profile. @default laSarre */
  readonly policy?: Policy;
}

/** Everything a classifier may read about one comment, computed once (internal). */
export interface ClassifierContext {
  readonly comment: ParsedComment;
  readonly text: NormalizedText;
  readonly policy: Policy;
  /** Lexicon matches of one category, in text order. */
  readonly hits: (category: NetiquetteCategory) => readonly LexiconMatch<NetiquetteCategory>[];
}

const allowCache = new WeakMap<Policy, ReadonlySet<string>>();

function policyAllow(policy: Policy): ReadonlySet<string> {
  let set = allowCache.get(policy);
  if (!set) {
    set = new Set(policy.netiquette.allowTerms.map((t) => foldKey(t).replace(/['’.-]/gu, '')));
    allowCache.set(policy, set);
  }
  return set;
}

/** Builds the shared context of a validated comment (internal). */
export function createContext(comment: ParsedComment, policy: Policy): ClassifierContext {
  const text = normalize(comment.text);
  let grouped: Map<NetiquetteCategory, LexiconMatch<NetiquetteCategory>[]> | undefined;
  const hits = (category: NetiquetteCategory): readonly LexiconMatch<NetiquetteCategory>[] => {
    if (!grouped) {
      grouped = new Map();
      for (const match of matchLexicon(netiquetteLexicon(), text, policyAllow(policy))) {
        const list = grouped.get(match.entry.category);
        if (list) list.push(match);
        else grouped.set(match.entry.category, [match]);
      }
    }
    return grouped.get(category) ?? [];
  };
  return { comment, text, policy, hits };
}

const isPlain = isPlainObject;

/** A history entry `{ text, postedAt }` read without the schema, or null (internal). */
function fastHistory(value: unknown): ParsedComment['history'] | null {
  if (!Array.isArray(value) || value.length > 10_000) return null;
  const out: { text: string; postedAt: Date }[] = [];
  for (const item of value as unknown[]) {
    if (!isPlain(item) || typeof item.text !== 'string') return null;
    for (const key in item) if (key !== 'text' && key !== 'postedAt') return null;
    const at = item.postedAt;
    const postedAt = typeof at === 'string' || at instanceof Date ? readInstant(at) : 'missing';
    if (typeof postedAt === 'string') return null;
    out.push({ text: item.text, postedAt });
  }
  return out;
}

/** Moderator flags read without the schema, or null (internal). */
function fastFlags(value: unknown): ParsedComment['flags'] | null {
  if (!Array.isArray(value)) return null;
  for (const item of value as unknown[]) {
    if (!isPlain(item)) return null;
    for (const key in item) {
      const field = item[key];
      if (field === undefined) continue;
      if (key === 'clause' ? !isClauseId(field) : (key !== 'by' && key !== 'note') || typeof field !== 'string') return null;
    }
  }
  return (value as { clause?: ClauseId; by?: string; note?: string }[]).map((f) => ({ ...f }));
}

/**
 * The common shapes — `{ text, id?, author?: { displayName?, id? }, post?: { text? },
 * postedAt?, history?, flags? }` with well-formed values — need no schema: they are read here,
 * accepting exactly what the schema accepts (anything else, including every error, goes
 * through the zod schema, which explains it). The result always has the same shape (every
 * field present, `undefined` where absent): callers pass comments of many shapes, and one
 * shape keeps the classifiers' property reads monomorphic.
 */
function fastComment(comment: unknown): ParsedComment | null {
  if (!isPlain(comment) || typeof comment.text !== 'string') return null;
  let postedAt: Date | undefined;
  let history: ParsedComment['history'];
  let flags: ParsedComment['flags'];
  for (const key in comment) {
    const value = comment[key];
    if (value === undefined) continue;
    if (key === 'text') continue;
    if (key === 'id' && (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) continue;
    if ((key === 'author' || key === 'post') && isPlain(value)) {
      for (const inner in value) {
        const field = value[inner];
        const allowed = key === 'author' ? inner === 'displayName' || inner === 'id' : inner === 'text';
        if (!allowed || (field !== undefined && typeof field !== 'string')) return null;
      }
      continue;
    }
    if (key === 'postedAt' && (typeof value === 'string' || value instanceof Date)) {
      const read = readInstant(value);
      if (typeof read === 'string') return null;
      postedAt = read;
      continue;
    }
    if (key === 'history') {
      const read = fastHistory(value);
      if (!read) return null;
      history = read;
      continue;
    }
    if (key === 'flags') {
      const read = fastFlags(value);
      if (!read) return null;
      flags = read;
      continue;
    }
    return null;
  }
  return canonical(comment as ParsedComment, history, postedAt, flags);
}

/** A comment with every field present, in one order (`undefined` where absent). */
function canonical(c: ParsedComment, history: ParsedComment['history'], postedAt: ParsedComment['postedAt'], flags: ParsedComment['flags']): ParsedComment {
  const fields = { id: c.id, text: c.text, author: c.author, post: c.post, history, postedAt, flags };
  return fields as ParsedComment;
}

/** Validates a comment at the public boundary (internal). */
export function parseComment(comment: unknown): ParsedComment {
  const fast = fastComment(comment);
  if (fast) return fast;
  const c = parseInput(CommentInputSchema, comment, 'comment');
  return canonical(c, c.history, c.postedAt, c.flags);
}

/** What a clause detector returns before the reason and citation are attached (internal). */
export interface Draft {
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
  readonly subcategory?: ObjectionableSubcategory;
  /** A sentence on what was seen, added to the clause's reason. */
  readonly detail?: Bilingual;
  /** Caps the decision (defamation and unclear cases always go to a person). */
  readonly cap?: 'review';
}

/** A clause detector: reads the shared context, returns a draft or null (internal). */
export type Detector = (context: ClassifierContext) => Draft | null;

/**
 * A netiquette classifier: call it on a comment to get a finding or null. It also carries its
 * clause and titles.
 *
 * @example
 * ```ts
 * import { classifiers } from 'netiquette-qc/netiquette';
 * classifiers.insult({ text: 'Le maire est un imbécile' })?.clause; //=> 'insult'
 * classifiers.insult.clause; //=> 'insult'
 * ```
 */
export interface Classifier {
  (comment: CommentInput, options?: ClassifierOptions): Finding | null;
  readonly clause: ClauseId;
  readonly title: Bilingual;
  /** Runs on a context already built by `moderate()` (internal use). */
  readonly detect: Detector;
}

/** Evidence for a lexicon match. */
export function evidenceOf(match: { start: number; end: number }, text: NormalizedText): Evidence {
  return { start: match.start, end: match.end, text: text.original.slice(match.start, match.end) };
}

/**
 * Evidence in text order, overlapping spans merged into one ("a volé" + "volé l'argent" →
 * "a volé l'argent"), at most `limit` spans. Linear after the sort.
 */
export function uniqueEvidence(spans: readonly Evidence[], original: string, limit = 16): Evidence[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) out[out.length - 1] = { start: last.start, end: span.end, text: original.slice(last.start, span.end) };
      continue;
    }
    if (out.length >= limit) break;
    out.push(span);
  }
  return out;
}

/** Turns a draft into a finding: thresholds, reason and citation from the profile. */
export function finalize(clause: ClauseId, draft: Draft, policy: Policy, original: string): Finding | null {
  const confidence = Math.round(Math.min(1, Math.max(0, draft.confidence)) * 1000) / 1000;
  if (confidence < policy.netiquette.reviewThreshold) return null;
  const base = clauses[clause].reason;
  const reason = draft.detail
    ? { fr: `${base.fr} ${draft.detail.fr}`, en: `${base.en} ${draft.detail.en}` }
    : base;
  const decision = draft.cap === 'review' || confidence < policy.netiquette.removeThreshold ? 'review' : 'remove';
  return {
    clause,
    confidence,
    decision,
    evidence: uniqueEvidence(draft.evidence, original),
    reason,
    citation: { policy: policy.id, section: policy.citations.clauses[clause] },
    ...(draft.subcategory ? { subcategory: draft.subcategory } : {}),
  };
}

/** Builds a public classifier from a clause detector (internal). */
export function defineClassifier(clause: ClauseId, detect: Detector): Classifier {
  const run = (comment: CommentInput, options: ClassifierOptions = {}): Finding | null => {
    const parsed = parseComment(comment);
    const policy = resolvePolicy(options.policy);
    const draft = detect(createContext(parsed, policy));
    return draft ? finalize(clause, draft, policy, parsed.text) : null;
  };
  return Object.assign(run, { clause, title: clauses[clause].title, detect });
}

/** Combines independent pieces of evidence into one confidence: 1 - Π(1 - w). */
export function combine(weights: readonly number[]): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - Math.min(1, Math.max(0, w));
  return 1 - miss;
}
