import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, foldedOffset, normalize, originalSpan, squeeze } from '../../src/text/normalize.js';

const keys = (text: string): string[] => normalize(text).tokens.map((t) => t.bare);
const joined = (text: string): string[] => normalize(text).joined.map((t) => t.bare);

describe('normalize: each transformation', () => {
  it.each([
    ['case and accents', 'ÉCOLE Câlisse député', ['ecole', 'calisse', 'depute']],
    ['NFKC full-width', 'ｃｏｎｎａｒｄ', ['connard']],
    ['NFKC mathematical letters', '𝐜𝐨𝐧𝐧𝐚𝐫𝐝', ['connard']],
    ['Cyrillic homoglyphs', 'сrіssе', ['crisse']],
    ['Greek homoglyphs', 'ιdιοt', ['idiot']],
    ['zero-width inside a word', 'con\u200bn\u200dard', ['connard']],
    ['soft hyphen and word joiner', 'ta\u00adbar\u2060nak', ['tabarnak']],
    ['leetspeak', 'c0nn@rd', ['connard']],
    ['leetspeak with $ and 3', '$h1t 3sti', ['shit', 'esti']],
    ['digits alone stay digits', '819-555-0142', ['8195550142']],
    ['elision split', "l'hôtel d'eau", ['l', 'hotel', 'd', 'eau']],
    ['hyphenated names stay whole', 'Anne-Sophie', ['annesophie']],
    ['trailing punctuation is not leet', 'merci!!! @Marie', ['merci', 'marie']],
  ])('%s', (_name, input, expected) => {
    expect(keys(input)).toEqual(expected);
  });

  it('joins spaced, dotted and dashed letters without merging short words', () => {
    expect(joined('c o n n a r d')).toContain('connard');
    expect(keys('c.a.l.i.s.s.e')).toEqual(['c', 'a', 'l', 'i', 's', 's', 'e']);
    expect(joined('c.a.l.i.s.s.e')).toEqual(['calisse']);
    expect(keys('c-a-l-i-s-s-e')).toEqual(['calisse']);
    expect(joined('il y a un chat')).not.toContain('ya');
  });

  it('reads words spelled by ear as the words they stand for, with offsets on the written word', () => {
    const n = normalize('le maire cé un tata pi ki va payer? ur town');
    expect(n.tokens.map((t) => t.bare)).toEqual(['le', 'maire', 'c', 'est', 'un', 'tata', 'pis', 'qui', 'va', 'payer', 'your', 'town']);
    const est = n.tokens[3];
    expect([est?.text, est?.start, est?.end, est?.accented]).toEqual(['cé', 9, 11, '']);
    expect(n.folded.slice(0, 20)).toBe("le maire c'est un ta");
    const qui = n.folded.indexOf('qui');
    expect(originalSpan(n, qui, qui + 3)).toEqual([23, 25]);
    // "ce" and "me" without their accent are words of their own.
    expect(keys('ce chemin me plaît')).toEqual(['ce', 'chemin', 'me', 'plait']);
  });

  it('reads homophones by their neighbours: "le mer" is the mayor, "ces un" is "c’est un", "sa fait" is "ça fait"', () => {
    expect(keys('le mer ces un crosseur')).toEqual(['le', 'maire', 'c', 'est', 'un', 'crosseur']);
    expect(keys('sa fait 3 semaines')).toEqual(['ca', 'fait', '3', 'semaines']);
    // Where the real word can stand, it stays.
    expect(keys('la mer est belle, ces gens-là, sa maison')).toEqual(['la', 'mer', 'est', 'belle', 'ces', 'gensla', 'sa', 'maison']);
  });

  it('keeps no accented form for a word written with leetspeak', () => {
    const n = normalize('une inc0mpétente');
    expect([n.tokens[1]?.bare, n.tokens[1]?.accented]).toEqual(['incompetente', '']);
    expect(normalize('une incompétente').tokens[1]?.accented).toBe('incompétente');
  });

  it('rebuilds each word of a spaced-out phrase when wider gaps separate them', () => {
    const words = joined('v o t e z   B é l a n g e r   l e   2');
    expect(words).toContain('votez');
    expect(words).toContain('belanger');
    // The whole run stays too: a spaced phrase is found as one word ("filmcompletgratuit").
    expect(words).toContain('votezbelangerle2');
    expect(joined('c o n n a r d')).toEqual(['connard']);
  });

  it('rebuilds dotted letters', () => {
    expect(normalize('t.a.b.a.r.n.a.k').joined.some((t) => t.bare === 'tabarnak' && t.origin === 'spaced')).toBe(true);
  });

  it('collapses stretched letters but keeps French double letters matchable', () => {
    const [stretched] = normalize('ossssstiiii').tokens;
    expect(stretched?.stretched).toBe(true);
    expect(stretched?.squeezed).toBe('osti');
    const [salle] = normalize('salle').tokens;
    expect(salle?.bare).toBe('salle');
    expect(salle?.stretched).toBe(false);
    expect(squeeze('aabbcc')).toBe('abc');
  });

  it('keeps masked letters as a wildcard', () => {
    expect(keys('f***ing c*lisse')).toEqual(['f***ing', 'c*lisse']);
  });

  it('reads the second leet choice as a variant', () => {
    const [token] = normalize('1d1ot').tokens;
    expect(token?.bare).toBe('idiot');
    expect(normalize('ca1isse').tokens[0]?.variants).toContain('calisse');
  });
});

describe('normalize: offsets back to the original', () => {
  it('points evidence at what the person typed', () => {
    const text = 'Quel c\u200bâl1sse de 𝐜𝐨𝐧!';
    const n = normalize(text);
    const word = n.tokens.find((t) => t.bare === 'calisse');
    expect(word && text.slice(word.start, word.end)).toBe('c\u200bâl1sse');
    const con = n.tokens.find((t) => t.bare === 'con');
    expect(con?.text).toBe('𝐜𝐨𝐧');
  });

  it('maps every folded unit to a span of the original', () => {
    const text = 'Ｔｅｓｔ ﬁn œuvre';
    const n = normalize(text);
    expect(n.starts?.length).toBe(n.folded.length);
    expect(n.folded).toBe('test fin oeuvre');
    expect(originalSpan(n, 5, 8)).toEqual([5, 7]);
    expect(text.slice(...originalSpan(n, 9, 15))).toBe('œuvre');
  });

  it('finds the folded unit of an original offset', () => {
    expect(firstAtOrAfter([0, 4, 9], 5)).toBe(2);
    expect(firstAtOrAfter([0, 4, 9], 10)).toBe(3);
    const n = normalize('ﬁn du test');
    expect(n.folded.slice(foldedOffset(n, 6))).toBe('test');
  });

  it('keeps no map when the folded text has the original offsets', () => {
    const n = normalize('Déjà VU à Montréal');
    expect(n.starts).toBeNull();
    expect(originalSpan(n, 10, 18)).toEqual([10, 18]);
  });
});

describe('normalize: properties', () => {
  it('never throws and keeps offsets inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const n = normalize(text);
        for (const t of [...n.tokens, ...n.joined]) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThanOrEqual(t.end);
          expect(t.text).toBe(text.slice(t.start, t.end));
        }
        for (let i = 0; i < n.folded.length; i += 1) {
          const [start, end] = originalSpan(n, i, i + 1);
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on the folded form', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const once = normalize(text).folded;
        expect(normalize(once).folded).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('reads each spelling the same, before and after its table of known spellings fills up', () => {
    const before = normalize('C0NN@RD tabarrrnak sauvages-là').tokens.map((t) => [t.key, t.bare, t.squeezed, t.stretched, t.variants]);
    // More distinct spellings than the table keeps (it is emptied when full, then refilled).
    const letters = (i: number): string => i.toString(26).replace(/./gu, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)));
    const many = Array.from({ length: 80_000 }, (_, i) => `mot${letters(i)}`).join(' ');
    const read = normalize(many).tokens;
    expect(read).toHaveLength(80_000);
    expect(read.at(-1)?.bare).toBe(`mot${letters(79_999)}`);
    const after = normalize('C0NN@RD tabarrrnak sauvages-là').tokens.map((t) => [t.key, t.bare, t.squeezed, t.stretched, t.variants]);
    expect(after).toEqual(before);
    expect(before[0]).toEqual(['connard', 'connard', 'conard', false, []]);
  });

  it('folds a 1 MB comment in linear time (completes)', () => {
    const big = 'Le déneigement c0nn@rd sur la rue Principale. '.repeat(22_000);
    const n = normalize(big);
    expect(n.tokens.length).toBeGreaterThan(100_000);
  });
});
