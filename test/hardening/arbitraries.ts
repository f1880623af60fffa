// Hostile inputs for the hardening properties: strings a bot or a web form can receive
// (astral symbols, combining marks, bidi controls, control characters, lone surrogates,
// homoglyphs, zero-width characters) mixed with words the classifiers react to, and
// values of every JavaScript type for the "not a string / malformed" side.
import fc from 'fast-check';
import { isPolicyInputError } from '../../src/errors.js';

/** Pieces that exercise normalisation, tokenising and the lexicons. */
const PIECES = [
  ' ', '  ', '\n', '\r\n', '\t', '.', '!', '!!!', '?', ',', '-', '—', '’', "'", '@', '#', '/', '*', '.', '…',
  'le', 'la', 'conseil', 'maire', 'merci', 'déneigement', 'TABARNAK', 'tabarnak', 'c0nn@rd', 'imbécile', 'idiot',
  'c o n n a r d', 'h t t p', 'www.exemple.com', 'https://x.ca/a?b=c', 'jean@exemple.ca', '418-555-1234', '911',
  'achetez', 'pétition', 'signez', 'bonjour', 'hello', 'the', 'pool', 'open', 'please', 'hola', 'gracias',
  'NAS', '123 456 789', 'H0H 0H0', 'Québec', 'Montréal', 'feu', 'urgence', 'journaliste',
  // combining marks, bidi, zero-width, controls, lone surrogates, astral, homoglyphs
  'e\u0301', '\u0301\u0301\u0301', '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u00AD',
  '\u0000', '\u0007', '\u001B[31m', '\u0085', '\u2028', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '😀', '👨‍👩‍👧', '🇨🇦', '𝐓𝐀𝐁𝐀𝐑𝐍𝐀𝐊',
  'ｔａｂａｒｎａｋ', 'саlisse', 'ΑΒΓ', 'مرحبا', 'שלום', '你好', 'ǅ', 'ß', 'İ', 'ﬁ', '\u{1F600}'.repeat(3),
] as const;

/** Any string: random UTF-16 (lone surrogates included), graphemes, and hostile word salad. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 300 })).map(([p, n]) => p.repeat(n)) },
);

/** Any value but a string (for "text must be a string" checks). */
export const nonString: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 4 }).filter((v) => typeof v !== 'string'),
  fc.constantFrom<unknown>(undefined, null, 0, -0, Number.NaN, Infinity, 1n, true, Symbol('s'), () => 'x', new Date(Number.NaN), [], {}, ['texte']),
  fc.constant(Object.create(null) as unknown),
  fc.constant(new String('texte') as unknown),
);

/** Anything at all, strings included, for malformed arguments. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
  nonString,
  hostileString,
);

export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** Runs `fn`, returning its value or the error it threw. */
export function attempt(fn: () => unknown): Outcome {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Describes an error that is not a PolicyInputError, for an assertion message. */
export function describeForeign(outcome: Outcome): string | null {
  if (outcome.ok || isPolicyInputError(outcome.error)) return null;
  const error = outcome.error;
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n') ?? ''}` : `threw a non-error: ${String(error)}`;
}

/** Freezes a value and everything it holds (to catch any mutation by the library). */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    const object = value as object;
    if (seen.has(object) || ArrayBuffer.isView(object)) return value;
    seen.add(object);
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value as unknown, seen);
    }
    Object.freeze(object);
  }
  return value;
}
