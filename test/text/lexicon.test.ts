import { describe, expect, it } from 'vitest';
import { compileLexicon, matchLexicon } from '../../src/text/lexicon.js';
import { normalize } from '../../src/text/normalize.js';

const lex = compileLexicon(
  [
    { term: 'con', category: 'insult' },
    { term: 'cul', category: 'vulgar' },
    { term: 'pute', category: 'vulgar' },
    { term: 'bite', category: 'vulgar' },
    { term: 'sex', category: 'sexual' },
    { term: 'tabarn*', category: 'sacre' },
    { term: 'connard', category: 'insult' },
    { term: 'arriéré', category: 'insult' },
    { term: 'mange de la marde', category: 'vulgar' },
    { term: 'fucking', category: 'vulgar' },
  ],
  ['tabarnouche', 'conseil'],
);
const found = (text: string): string[] => matchLexicon(lex, normalize(text)).map((m) => m.text);

describe('lexicon matcher', () => {
  it.each(['conseil', 'calcul', 'circulation', 'député', 'habite', 'Essex', 'Concorde', 'contrat', 'particulier', 'Sussex'])(
    'keeps %s clean (Scunthorpe)',
    (word) => {
      expect(found(`Le ${word} de la ville`)).toEqual([]);
    },
  );

  it('matches whole words, prefix families and phrases', () => {
    expect(found('Quel con')).toEqual(['con']);
    expect(found('TABARNAK et tabarnaque')).toEqual(['TABARNAK', 'tabarnaque']);
    expect(found('mange de la marde')).toEqual(['mange de la marde']);
  });

  it('skips one filler word inside a phrase', () => {
    const phrases = compileLexicon([
      { term: 'retournez chez vous', category: 'x' },
      { term: 'va donc chier', category: 'y' },
    ]);
    const found = (text: string): string[] => matchLexicon(phrases, normalize(text)).map((m) => m.text);
    expect(found('Retournez donc chez vous')).toEqual(['Retournez donc chez vous']);
    expect(found('retournez chez donc vous')).toEqual(['retournez chez donc vous']);
    // One filler only, and a filler that is itself part of the phrase is not skipped.
    expect(found('retournez donc donc chez vous')).toEqual([]);
    expect(found('va donc chier')).toEqual(['va donc chier']);
    expect(found('retournez plus tard chez vous')).toEqual([]);
  });

  it('reads a word with a demonstrative tail inside a phrase as the word itself', () => {
    const phrases = compileLexicon([{ term: 'maudits sauvages', category: 'x' }, { term: 'gens du coin', category: 'y' }]);
    const found = (text: string): string[] => matchLexicon(phrases, normalize(text)).map((m) => m.text);
    expect(found('Ces maudits sauvages-là paient rien')).toEqual(['maudits sauvages-là']);
    expect(found('les gens-là du coin')).toEqual([]);
  });

  it('honours the allow-list over prefix families', () => {
    expect(found('Tabarnouche que la neige est belle')).toEqual([]);
  });

  it('sees through evasions', () => {
    expect(found('c0nn@rd')).toEqual(['c0nn@rd']);
    expect(found('c o n n a r d')).toEqual(['c o n n a r d']);
    expect(found('connnnnard')).toEqual(['connnnnard']);
    expect(found('f***ing')).toEqual(['f***ing']);
    expect(found('con nard')).toContain('con nard');
  });

  it('reads a phrase written with spaces the way the text splits it', () => {
    const phrases = compileLexicon([
      { term: 'quelqu un sait', category: 'q' },
      { term: 'won t bother', category: 'e' },
      { term: 'i ll expose you', category: 'e' },
      { term: 'il m a traité', category: 'f' },
    ]);
    const found = (text: string): string[] => matchLexicon(phrases, normalize(text)).map((m) => m.text);
    // "quelqu'un" and English contractions are one word in the text; elided French pronouns are not.
    expect(found("Quelqu'un sait si c'est ouvert?")).toEqual(["Quelqu'un sait"]);
    expect(found("They won't bother learning")).toEqual(["won't bother"]);
    expect(found("I'll expose you")).toEqual(["I'll expose you"]);
    expect(found("Il m'a traité de cave")).toEqual(["Il m'a traité"]);
    expect(found('quelqu un sait')).toEqual([]);
    // Québec "y a" is typed both ways.
    const police = compileLexicon([{ term: 'y a jamais de police', category: 'i' }]);
    expect(matchLexicon(police, normalize("y'a jamais de police")).map((m) => m.text)).toEqual(["y'a jamais de police"]);
    expect(matchLexicon(police, normalize('y a jamais de police')).map((m) => m.text)).toEqual(['y a jamais de police']);
  });

  it('reads a word masked at its end as the rude word it hides, when the mask is ambiguous only between categories', () => {
    const words = [
      { term: 'fuck', category: 'vulgar' as const },
      { term: 'fool', category: 'insult' as const },
      { term: 'shit', category: 'vulgar' as const },
    ];
    const masked = compileLexicon(words, [], { masked: ['vulgar'] });
    const plain = compileLexicon(words);
    const terms = (lex: typeof plain, text: string): string[] => matchLexicon(lex, normalize(text)).map((m) => m.entry.term);
    expect(terms(masked, 'What the f*** is that')).toEqual(['fuck']);
    expect(terms(masked, 'sh*t')).toEqual(['shit']);
    // Without a preferred category, a mask that fits words of two categories claims nothing.
    expect(terms(plain, 'What the f*** is that')).toEqual([]);
    expect(terms(masked, '*** Avis ***')).toEqual([]);
  });

  it('does not confuse words that differ only by their accents', () => {
    expect(found('en arrière du garage')).toEqual([]);
    expect(found('gang d’arriérés')).toEqual([]);
    expect(found('un arriéré, un arriere')).toEqual(['arriéré', 'arriere']);
  });

  it('skips an entry after a word that gives it another sense (notPrecededBy)', () => {
    const bite = compileLexicon([{ term: 'bite', category: 'vulgar', notPrecededBy: ['a', 'dog'] }]);
    const terms = (text: string): string[] => matchLexicon(bite, normalize(text)).map((m) => m.text);
    expect(terms('after a bite too')).toEqual([]);
    expect(terms('a dog bite')).toEqual([]);
    expect(terms('suce ma bite')).toEqual(['bite']);
  });
});
