// Literal pre-filters for families of regexes: most comments contain none of the words a
// pattern needs, so a cheap substring test lets the classifier skip the regex entirely.
//
// `requiredLiterals()` reads a regex source and returns strings of which every match must
// contain at least one (or null when it cannot tell). It understands the subset of syntax the
// word lists use: literals, escapes, classes, groups (capturing, non-capturing, named),
// lookarounds (zero-width, ignored), alternation and quantifiers.

/**
 * Stands, in a literal, for the start of a word: `\b` before a word character (internal). The
 * scan sees it before every word of the text, so `\bmp` is found in "mp moi" but not in "temps".
 *
 * @example
 * ```ts
 * requiredLiterals(/\b(?:dm|mp) moi\b/u); //=> [`${WORD_START}dm moi`, `${WORD_START}mp moi`]
 * ```
 */
export const WORD_START = '\uE000';
/**
 * Stands, in a literal, for any ASCII digit (internal): `\d{2}` needs two digits in a row, and a
 * listed number ('311') is found by its digits' places.
 *
 * @example
 * ```ts
 * requiredLiterals(/\b\d{2,3} km\b/u); //=> [`${WORD_START}${ANY_DIGIT}${ANY_DIGIT} km`]
 * ```
 */
export const ANY_DIGIT = '\uE001';

// ASCII word characters, as `\b` and `\w` read them (without the `i` flag).
const WORD_ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const c = String.fromCharCode(code);
  if (/\w/u.test(c)) WORD_ASCII[code] = 1;
}
const isWordUnit = (c: string): boolean => c === ANY_DIGIT || (c.length === 1 && c.charCodeAt(0) < 128 && WORD_ASCII[c.charCodeAt(0)] === 1);

/**
 * The literal as the scan reads text: a word character after a non-word character is a word
 * start, so WORD_START goes before it ('le feu' → 'le ⟨w⟩feu').
 */
function markWordStarts(literal: string): string {
  let out = '';
  for (let k = 0; k < literal.length; k += 1) {
    const c = literal[k] as string;
    const previous = literal[k - 1];
    if (k > 0 && isWordUnit(c) && previous !== WORD_START && !isWordUnit(previous as string)) out += WORD_START;
    out += c;
  }
  return out;
}

/** A digit of a literal becomes {@link ANY_DIGIT}. */
const canon = (c: string): string => (c.length === 1 && c >= '0' && c <= '9' ? ANY_DIGIT : c);

type Node =
  | { readonly kind: 'char'; readonly value: string }
  | { readonly kind: 'boundary' }
  | { readonly kind: 'set'; readonly values: readonly string[] }
  | { readonly kind: 'other' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'group'; readonly branches: readonly (readonly Item[])[] };

interface Item {
  readonly node: Node;
  readonly min: number;
}

const MIN_LITERAL = 3;
// Most strings a finite part of a pattern may spell out before it is treated as opaque.
const FINITE_LIMIT = 64;

/**
 * The characters a class stands for, when it lists a few literal characters (`[sz]`, `[ée]`,
 * `[😉😏]`); null for ranges, negations, escapes of character families and long lists.
 */
function enumerateClass(body: string, unicode: boolean): string[] | null {
  const out = new Set<string>();
  const chars = unicode ? [...body] : body.split('');
  for (let k = 0; k < chars.length; k += 1) {
    let c = chars[k] as string;
    if (c === '\\') {
      const e = chars[k + 1] ?? '';
      if (/^[\da-zA-Z]$/u.test(e)) return null;
      c = e;
      k += 1;
    } else if (c === '-' && k > 0 && k < chars.length - 1) return null;
    out.add(canon(c));
    if (out.size > 16) return null;
  }
  return out.size > 0 ? [...out] : null;
}

/** Parses the part of a regex source this module needs (internal). */
/** Whether every match of a node starts with a word character (a digit, a letter, `_`). */
function startsWithWord(node: Node): boolean {
  switch (node.kind) {
    case 'char':
      return isWordUnit(node.value);
    case 'set':
      return node.values.every(isWordUnit);
    case 'group':
      return node.branches.every((branch) => {
        const first = branch.find((item) => item.node.kind !== 'empty');
        return first !== undefined && first.min !== 0 && startsWithWord(first.node);
      });
    default:
      return false;
  }
}

/** `\b` before what always starts with a word character is a word start; any other is zero-width. */
function resolveBoundaries(items: Item[]): Item[] {
  return items.map((item, k) => {
    if (item.node.kind !== 'boundary') return item;
    const next = items[k + 1];
    const start = next !== undefined && next.min !== 0 && startsWithWord(next.node);
    return { node: start ? { kind: 'char', value: WORD_START } : { kind: 'empty' }, min: 1 };
  });
}

function parse(source: string, unicode: boolean, boundaries: boolean): readonly (readonly Item[])[] {
  let i = 0;
  const parseAlternation = (): Item[][] => {
    const branches: Item[][] = [[]];
    while (i < source.length) {
      const c = source[i] as string;
      if (c === ')') break;
      if (c === '|') {
        branches.push([]);
        i += 1;
        continue;
      }
      const node = parseAtom();
      const min = parseQuantifier();
      (branches[branches.length - 1] as Item[]).push({ node, min });
    }
    return branches.map(resolveBoundaries);
  };
  const parseAtom = (): Node => {
    const c = source[i] as string;
    if (c === '(') {
      i += 1;
      let lookaround = false;
      if (source[i] === '?') {
        const next = source[i + 1];
        if (next === ':') i += 2;
        else if (next === '=' || next === '!') {
          lookaround = true;
          i += 2;
        } else if (next === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) {
          lookaround = true;
          i += 3;
        } else if (next === '<') {
          const close = source.indexOf('>', i);
          i = close + 1;
        }
      }
      const branches = parseAlternation();
      i += 1; // ')'
      return lookaround ? { kind: 'empty' } : { kind: 'group', branches };
    }
    if (c === '[') {
      i += 1;
      const negated = source[i] === '^';
      if (negated) i += 1;
      const from = i;
      if (source[i] === ']') i += 1;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      const values = negated ? null : enumerateClass(source.slice(from, i), unicode);
      i += 1;
      return values ? { kind: 'set', values } : { kind: 'other' };
    }
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i += 2;
      if (e === 'b') return boundaries ? { kind: 'boundary' } : { kind: 'empty' };
      if (e === 'B') return { kind: 'empty' };
      if (e === 'd') return { kind: 'char', value: ANY_DIGIT };
      if ('DwWsSpPk'.includes(e)) {
        if ((e === 'p' || e === 'P' || e === 'k') && (source[i] === '{' || source[i] === '<')) {
          const close = source.indexOf(source[i] === '{' ? '}' : '>', i);
          i = close + 1;
        }
        return { kind: 'other' };
      }
      if (e === 'u' || e === 'x') {
        if (source[i] === '{') {
          const close = source.indexOf('}', i);
          const cp = Number.parseInt(source.slice(i + 1, close), 16);
          i = close + 1;
          return { kind: 'char', value: canon(String.fromCodePoint(cp)) };
        }
        const len = e === 'u' ? 4 : 2;
        const cp = Number.parseInt(source.slice(i, i + len), 16);
        i += len;
        return { kind: 'char', value: canon(String.fromCodePoint(cp)) };
      }
      if (/\d/u.test(e) || e === 'c') return { kind: 'other' };
      if (e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v' || e === '0') return { kind: 'other' };
      return { kind: 'char', value: e };
    }
    i += 1;
    if (c === '.' ) return { kind: 'other' };
    if (c === '^' || c === '$') return { kind: 'empty' };
    return { kind: 'char', value: canon(c) };
  };
  const parseQuantifier = (): number => {
    const c = source[i];
    let min = 1;
    if (c === '*' || c === '?') {
      min = 0;
      i += 1;
    } else if (c === '+') {
      i += 1;
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/u.test(source.slice(i, i + 12))) {
      const close = source.indexOf('}', i);
      min = Number.parseInt(source.slice(i + 1, close), 10);
      i = close + 1;
    } else {
      return 1;
    }
    if (source[i] === '?') i += 1; // lazy
    // -n: at least n times, but repeated (the run of a literal ends after the n-th time).
    return min === 0 ? 0 : -min;
  };
  return parseAlternation();
}

/** Every pairing of a prefix with a suffix. */
function cross(prefixes: readonly string[], suffixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of prefixes) for (const x of suffixes) out.push(p + x);
  return [...new Set(out)];
}

/** The strings a node can match, when they are few and fixed; null otherwise. */
function finiteOf(node: Node): string[] | null {
  switch (node.kind) {
    case 'char':
      return [node.value];
    case 'set':
      return [...node.values];
    case 'empty':
    case 'boundary':
      return [''];
    case 'other':
      return null;
    case 'group': {
      const out = new Set<string>();
      for (const branch of node.branches) {
        let acc = [''];
        for (const { node: inner, min } of branch) {
          if (inner.kind === 'empty') continue;
          const f = min < 0 ? null : finiteOf(inner);
          if (!f) return null;
          acc = cross(acc, min === 0 ? ['', ...f] : f);
          if (acc.length > FINITE_LIMIT) return null;
        }
        for (const x of acc) out.add(x);
        if (out.size > FINITE_LIMIT) return null;
      }
      return [...out];
    }
  }
}

/** Drops strings that contain another string of the set: finding the shorter one is enough. */
function minimal(set: readonly string[]): string[] {
  return set.filter((s, i) => !set.some((t, j) => j !== i && t.length < s.length && s.includes(t)));
}

/**
 * Best required set of a sequence: one of these strings is in every match, or null. Runs of
 * literal characters grow through small finite parts (`(?:va|allez) (?:les|la)` gives
 * `va les`, `va la`, `allez les`, `allez la`).
 */
/**
 * Whether a literal is rare enough to gate a pattern: three characters or more (a word start
 * counts as one), two letters and a space ('va ', ' am'), two digits in a row; a rare sign ('@',
 * '$', '©', '%', '#', an emoji) is selective enough alone.
 */
function selective(literal: string): boolean {
  const trimmed = literal.trim().length;
  return (
    trimmed >= MIN_LITERAL ||
    (trimmed === 2 && literal.length >= MIN_LITERAL) ||
    literal.split(ANY_DIGIT).length > 2 ||
    /[@$©%#€]|[^\0-\u1fff\uE000-\uF8FF]/u.test(literal)
  );
}

/** How rare a literal is, roughly: its characters, a word start or a digit place counting half. */
function strength(literal: string): number {
  let n = 0;
  for (const c of literal.trim()) n += c === WORD_START || c === ANY_DIGIT ? 0.5 : 1;
  return n;
}

function requiredOfSequence(items: readonly Item[]): string[] | null {
  const candidates: string[][] = [];
  let run: string[] = [''];
  const flush = (): void => {
    if (run.every((s) => s.length > 0)) candidates.push(minimal(run));
    run = [''];
  };
  for (const { node, min } of items) {
    if (node.kind === 'empty') continue;
    if (min < 0 && (node.kind === 'char' || node.kind === 'set')) {
      // At least n times: the first n occurrences follow the run (at most three are spelled out).
      const values = node.kind === 'char' ? [node.value] : node.values;
      for (let t = 0; t < Math.min(-min, 3) && run.length * values.length <= FINITE_LIMIT; t += 1) run = cross(run, values);
      flush();
      continue;
    }
    const f = min < 0 ? null : finiteOf(node);
    if (f) {
      const options = min === 0 ? ['', ...f] : f;
      if (run.length * options.length <= FINITE_LIMIT) {
        run = cross(run, options);
        continue;
      }
    }
    flush();
    if (node.kind === 'group' && min !== 0) {
      const inner = requiredOfAlternation(node.branches);
      if (inner) candidates.push(inner);
    }
  }
  flush();
  let best: string[] | null = null;
  let bestScore = -1;
  for (const set of candidates) {
    // A set that can gate beats one that cannot; then the rarest weakest literal, then fewer literals.
    const score = (set.map(markWordStarts).every(selective) ? 10_000 : 0) + Math.min(...set.map(strength)) * 100 - set.length;
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

function requiredOfAlternation(branches: readonly (readonly Item[])[]): string[] | null {
  const out: string[] = [];
  for (const branch of branches) {
    const set = requiredOfSequence(branch);
    if (!set) return null;
    out.push(...set);
  }
  return [...new Set(out)];
}

/**
 * Strings of which every match of `re` contains at least one, each selective enough to be worth
 * looking for (three characters once trimmed, two letters and a space, or a rare sign); null
 * when the regex does not allow such a filter (a branch without words).
 *
 * @example
 * ```ts
 * requiredLiterals(/\b(?:signez|sign) la petition\b/u); //=> ['signez la petition', 'sign la petition']
 * requiredLiterals(/\b(?:dm|pm)\b/u); //=> null
 * ```
 */
export function requiredLiterals(re: RegExp): string[] | null {
  const ignoreCase = re.flags.includes('i');
  // With the i flag, \w also reads ſ and the Kelvin sign: word starts are left unmarked.
  const set = requiredOfAlternation(parse(re.source, re.unicode || re.flags.includes('v'), !ignoreCase));
  if (!set || set.length === 0) return null;
  const literals = [...new Set(set.map((s) => markWordStarts(ignoreCase ? s.toLowerCase() : s)))];
  return literals.every(selective) ? literals : null;
}

/**
 * A family of regexes with their literal pre-filters, compiled once (internal).
 *
 * @example
 * ```ts
 * const family: GatedFamily<RegExp> = gateFamily([/\bsignez la petition\b/gu], (re) => re);
 * ```
 */
export interface GatedFamily<T> {
  /** The patterns worth running on this text, in their original order: ungated ones always, gated ones when a literal is present. */
  readonly candidates: (text: string) => readonly T[];
}

/**
 * An Aho–Corasick automaton over literal strings, compiled to a full transition table (failure
 * links resolved ahead of time): one table read per character of the text.
 */
interface Automaton {
  /** UTF-16 unit → column of the table; 0 for a unit that no literal contains. */
  readonly column: Uint8Array;
  /** Number of columns (distinct units in the literals, plus the "other" column 0). */
  readonly width: number;
  /** Next state for (state × width + column). */
  readonly delta: Uint16Array | Uint32Array;
  /** Literal ids ending at each state (including those reached through failure links). */
  readonly out: (readonly number[])[];
  /** 1 for the states where a literal ends (a dense test before reading `out`). */
  readonly emits: Uint8Array;
}

function buildAutomaton(literals: readonly string[]): Automaton {
  // Columns: one per distinct UTF-16 unit of the literals (at most 255; beyond, units share
  // nothing and the table stays exact because a unit outside the alphabet resets to the root).
  const column = new Uint8Array(65536);
  let width = 1;
  for (const literal of literals) {
    for (let k = 0; k < literal.length; k += 1) {
      const code = literal.charCodeAt(k);
      if (column[code] === 0) {
        if (width >= 255) throw new Error('gate: too many distinct characters in the literals');
        column[code] = width;
        width += 1;
      }
    }
  }
  // Every digit of the text reads as ANY_DIGIT (the literals hold no other digit).
  const digitColumn = column[ANY_DIGIT.charCodeAt(0)] as number;
  if (digitColumn !== 0) for (let code = 48; code <= 57; code += 1) column[code] = digitColumn;
  // The trie is grown one depth at a time, so that states are numbered breadth first: the
  // shallow states, where a scan spends most of its time, share the first rows of the table.
  const goto: Map<number, number>[] = [new Map()];
  const outSets: number[][] = [[]];
  const cursor = new Array<number>(literals.length).fill(0);
  const longest = literals.reduce((n, l) => Math.max(n, l.length), 0);
  for (let depth = 0; depth < longest; depth += 1) {
    literals.forEach((literal, id) => {
      if (depth >= literal.length) return;
      const state = cursor[id] as number;
      const col = column[literal.charCodeAt(depth)] as number;
      let to = (goto[state] as Map<number, number>).get(col);
      if (to === undefined) {
        to = goto.length;
        goto.push(new Map());
        outSets.push([]);
        (goto[state] as Map<number, number>).set(col, to);
      }
      cursor[id] = to;
      if (depth === literal.length - 1) (outSets[to] as number[]).push(id);
    });
  }
  // Two bytes per cell while the states fit: half the memory, fewer cache misses.
  const delta = goto.length < 65536 ? new Uint16Array(goto.length * width) : new Uint32Array(goto.length * width);
  const fail = new Uint32Array(goto.length);
  // Breadth first: a state's failure target is complete before the state is.
  for (const [col, to] of goto[0] as Map<number, number>) delta[col] = to;
  const queue: number[] = [...(goto[0] as Map<number, number>).values()];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const f = fail[state] as number;
    (outSets[state] as number[]).push(...(outSets[f] as number[]));
    for (let col = 0; col < width; col += 1) {
      const to = (goto[state] as Map<number, number>).get(col);
      if (to === undefined) delta[state * width + col] = delta[f * width + col] as number;
      else {
        delta[state * width + col] = to;
        fail[to] = delta[f * width + col] as number;
        queue.push(to);
      }
    }
  }
  const emits = new Uint8Array(goto.length);
  outSets.forEach((ids, state) => {
    if (ids.length > 0) emits[state] = 1;
  });
  return { column, width, delta, out: outSets, emits };
}

/** Ids of the literals that occur in `text`, each once, in the order first seen. */
function scan(automaton: Automaton, text: string, seen: Uint32Array, stamp: number): number[] {
  const { column, width, delta, out, emits } = automaton;
  const found: number[] = [];
  // WORD_START is read before the first character of every word, when a literal uses it.
  const wordStart = column[WORD_START.charCodeAt(0)] as number;
  let previousWord = false;
  let state = 0;
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (wordStart !== 0) {
      const word = code < 128 && WORD_ASCII[code] === 1;
      if (word && !previousWord) {
        state = delta[state * width + wordStart] as number;
        if (emits[state] !== 0) collect(out[state] as readonly number[], seen, stamp, found);
      }
      previousWord = word;
    }
    state = delta[state * width + (column[code] as number)] as number;
    if (emits[state] === 0) continue;
    collect(out[state] as readonly number[], seen, stamp, found);
  }
  return found;
}

/** Adds the literals ending here that this scan has not found yet. */
function collect(ids: readonly number[], seen: Uint32Array, stamp: number, found: number[]): void {
  for (let j = 0; j < ids.length; j += 1) {
    const id = ids[j] as number;
    if (seen[id] !== stamp) {
      seen[id] = stamp;
      found.push(id);
    }
  }
}

// Every family shares one automaton over all their literals: a comment is scanned once, whatever
// the number of families that ask. The automaton is rebuilt when a new family adds literals
// (at module load in practice), and the last scan is remembered (the text is the same for
// every classifier of one comment).
const shared = {
  literals: [] as string[],
  ids: new Map<string, number>(),
  automaton: undefined as Automaton | undefined,
  seen: new Uint32Array(0),
  stamp: 0,
  lastText: undefined as string | undefined,
  lastFound: [] as readonly number[],
};

function literalId(literal: string): number {
  let id = shared.ids.get(literal);
  if (id === undefined) {
    id = shared.literals.length;
    shared.literals.push(literal);
    shared.ids.set(literal, id);
    shared.automaton = undefined;
  }
  return id;
}

/** The ids of every registered literal present in `text` (one scan per distinct text). */
function literalsIn(text: string): readonly number[] {
  if (shared.automaton && text === shared.lastText) return shared.lastFound;
  if (!shared.automaton) {
    shared.automaton = buildAutomaton(shared.literals);
    shared.seen = new Uint32Array(shared.literals.length);
    shared.stamp = 0;
  }
  shared.stamp = shared.stamp >= 0xffffffff ? 1 : shared.stamp + 1;
  if (shared.stamp === 1) shared.seen.fill(0);
  shared.lastFound = scan(shared.automaton, text, shared.seen, shared.stamp);
  shared.lastText = text;
  return shared.lastFound;
}

/**
 * Compiles a family of patterns with literal pre-filters: a comment holding none of the words a
 * pattern needs never runs that pattern. Patterns whose literals cannot be read always run.
 *
 * @example
 * ```ts
 * const family = gateFamily([{ re: /\bsignez la petition\b/gu }], (p) => p.re);
 * family.candidates('merci pour la collecte').length; //=> 0
 * family.candidates('signez la petition svp').length; //=> 1
 * ```
 */
export function gateFamily<T>(patterns: readonly T[], regexOf: (pattern: T) => RegExp): GatedFamily<T> {
  const always: T[] = [];
  const alwaysIndices: number[] = [];
  // Literal id → indices of the patterns it opens (a sparse array indexed by literal id).
  const opens: (number[] | undefined)[] = [];
  patterns.forEach((pattern, index) => {
    const literals = requiredLiterals(regexOf(pattern));
    if (!literals) {
      always.push(pattern);
      alwaysIndices.push(index);
      return;
    }
    for (const literal of literals) {
      const id = literalId(literal);
      const list = opens[id];
      if (list) {
        if (list[list.length - 1] !== index) list.push(index);
      } else opens[id] = [index];
    }
  });
  return {
    candidates: (text: string): readonly T[] => {
      let picked: number[] | undefined;
      const found = literalsIn(text);
      for (let k = 0; k < found.length; k += 1) {
        const indices = opens[found[k] as number];
        if (indices) for (let j = 0; j < indices.length; j += 1) (picked ??= []).push(indices[j] as number);
      }
      if (!picked) return always;
      picked.push(...alwaysIndices);
      picked.sort((a, b) => a - b);
      const out: T[] = [];
      for (let k = 0; k < picked.length; k += 1) {
        if (k > 0 && picked[k] === picked[k - 1]) continue;
        out.push(patterns[picked[k] as number] as T);
      }
      return out;
    },
  };
}
