import type { NormToken, NormalizedText } from '../../text/normalize.js';

const REPORTING = new Set([
  'veut', 'signifie', 'signifient', 'veulent', 'traite', 'traitee', 'traites', 'traiter', 'appele', 'appelee',
  'ecrit', 'ecrire', 'mot', 'mots', 'terme', 'termes', 'expression', 'means', 'mean', 'meaning', 'called', 'word',
  'dit', 'disait', 'cite', 'citer', 'insulte', 'insultes', 'insulter', 'sacre', 'sacrer', 'sacres', 'juron', 'jurons',
]);

/** Whether a match sits between quotation marks. */
export function isQuoted(text: NormalizedText, start: number, end: number): boolean {
  const before = text.original.slice(Math.max(0, start - 2), start);
  const after = text.original.slice(end, end + 2);
  return /["«“‘'‹]\s?$/u.test(before) && /^\s?["»”’'›]/u.test(after);
}

/**
 * Whether a word is mentioned rather than used: quoted and talked about ("que veut dire
 * « niaiseux »?", "il m'a traité de « cave »"), or reported ("m'a traité de cave").
 */
export function isMentioned(text: NormalizedText, first: number, start: number, end: number): boolean {
  const window = windowKeys(text.tokens, first - 5, first - 1);
  const reported = window.some((k) => REPORTING.has(k));
  if (reported && (isQuoted(text, start, end) || window.includes('traite') || window.includes('traitee') || window.includes('called'))) {
    return true;
  }
  if (isQuoted(text, start, end)) {
    const after = windowKeys(text.tokens, first + 1, first + 5);
    return after.some((k) => REPORTING.has(k)) || reported;
  }
  return false;
}

/** Folded bare keys of tokens `from..to` (inclusive, clamped). */
export function windowKeys(tokens: readonly NormToken[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i += 1) out.push((tokens[i] as NormToken).bare);
  return out;
}

/** Whether the text asks a question. */
export function isQuestion(text: NormalizedText): boolean {
  return text.folded.includes('?') || /^(?:est-ce|est ce|comment|pourquoi|quand|combien|ou |how|why|when|can |is it|are )/u.test(text.folded.trimStart());
}

const NEGATIONS = new Set(['pas', 'jamais', 'ni', 'interdit', 'interdite', 'illegal', 'illegale', 'defendu', 'not', 'never', 'dont', 'don', 'no', 'aucun', 'plus']);

/** Whether a negation or a prohibition stands within `span` words before token `first`. */
export function negatedBefore(text: NormalizedText, first: number, span = 4): boolean {
  return windowKeys(text.tokens, first - span, first - 1).some((k) => NEGATIONS.has(k));
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+\.(?:com|ca|net|org|ly|io|co|me|tv|info|biz|xyz|shop|store|link)\b(?:\/[^\s<>"]*)?/giu;

/** URLs and bare domains in a text, with offsets. */
export function findUrls(original: string): { start: number; end: number; text: string; host: string }[] {
  const out: { start: number; end: number; text: string; host: string }[] = [];
  for (const m of original.matchAll(URL_RE)) {
    let raw = m[0];
    while (raw.length > 0 && ').,;:!?'.includes(raw[raw.length - 1] ?? '')) raw = raw.slice(0, -1);
    const host = raw
      .replace(/^https?:\/\//iu, '')
      .replace(/^www\./iu, '')
      .split('/')[0]
      ?.toLowerCase() ?? '';
    out.push({ start: m.index, end: m.index + raw.length, text: raw, host });
  }
  return out;
}

/** Whether `host` is one of the policy's public domains or a subdomain of one. */
export function isPublicHost(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`)) || /(?:\.gouv\.qc\.ca|\.gc\.ca|\.qc\.ca)$/u.test(host);
}

// North-American numbers: +1 819 555 0142, (819) 555-0142, 819.555.0142, 8195550142, 555-0142.
const PHONE_RE = /(?<![\d-])(?:\+?1[\s.-]?)?(?:\(\s?[2-9]\d{2}\s?\)|[2-9]\d{2})[\s.-]?\d{3}[\s.-]?\d{4}(?![\d-])|(?<![\d-])\d{3}[.-]\d{4}(?![\d-])/gu;

/** Every match of a global regex as evidence spans. */
export function spansOf(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** North-American phone numbers in a text, with offsets. */
export function findPhones(text: string): { start: number; end: number; text: string }[] {
  return spansOf(PHONE_RE, text);
}
