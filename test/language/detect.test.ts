import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage } from '../../src/language/index.js';
import { PolicyInputError } from '../../src/errors.js';

describe('detectLanguage', () => {
  it('decides short comments with the lexicon', () => {
    expect(detectLanguage('Merci!').language).toBe('fr');
    expect(detectLanguage('Ok merci').language).toBe('fr');
    expect(detectLanguage('Thanks!').language).toBe('en');
    expect(detectLanguage('Bonne journée').language).toBe('fr');
    expect(detectLanguage('Merci!').method).toBe('lexicon');
  });

  it('reads texting, tags alone, one-sentence code-switching and letters of other languages', () => {
    expect(detectLanguage('lol idk').language).toBe('en');
    expect(detectLanguage('tysm').language).toBe('en');
    expect(detectLanguage('@Jean-Guy Côté').language).toBe('und');
    expect(detectLanguage('@Jean-Guy Côté merci!').language).toBe('fr');
    expect(detectLanguage('Anyone know si la piscine est ouverte demain?').language).toBe('mixed');
    expect(detectLanguage('Joyeux Noël, Merry Christmas!').language).toBe('mixed');
    expect(detectLanguage('Dziękuję bardzo').language).toBe('other');
  });

  it('reads French without accents and Québec forms', () => {
    expect(detectLanguage('cest quand la collecte des ordures').language).toBe('fr');
    expect(detectLanguage('ben voyons, y a pas de neige icitte pis le char est pogné').language).toBe('fr');
  });

  it('keeps French with anglicisms and technical terms French', () => {
    expect(detectLanguage('Le meeting est cancellé, checkez vos emails').language).toBe('fr');
    expect(detectLanguage('Le Wi-Fi de la bibliothèque marche pas sur Zoom').language).toBe('fr');
  });

  it('keeps English with French place names English', () => {
    expect(detectLanguage('The road is closed on rue Principale').language).toBe('en');
    expect(detectLanguage('I live on chemin de la Baie near Saint-Jean').language).toBe('en');
    expect(detectLanguage('Is the Ville de La Sarre office open today?').language).toBe('en');
  });

  it('calls bilingual notices mixed, with one segment per language', () => {
    const text = 'Collecte des ordures reportée à mardi. / Garbage collection moved to Tuesday.';
    const result = detectLanguage(text);
    expect(result.language).toBe('mixed');
    expect(result.segments.map((s) => s.language)).toEqual(['fr', 'en']);
    const [fr, en] = result.segments;
    expect(text.slice(fr?.start, fr?.end)).toBe('Collecte des ordures reportée à mardi');
    expect(text.slice(en?.start, en?.end)).toBe('Garbage collection moved to Tuesday');
  });

  it('calls Spanish, Italian and Portuguese other, not French', () => {
    expect(detectLanguage('Muchas gracias por la información').language).toBe('other');
    expect(detectLanguage('Grazie mille per le informazioni').language).toBe('other');
    expect(detectLanguage('Obrigado pela informação').language).toBe('other');
    expect(detectLanguage('Привет всем').language).toBe('other');
  });

  it('answers und for emoji, numbers and URLs only', () => {
    for (const text of ['', '   ', '👍👍', '819-333-2282', 'https://www.ville.lasarre.qc.ca', '#LaSarre']) {
      expect(detectLanguage(text).language).toBe('und');
    }
  });

  it('asks franc only for long texts the lexicon cannot settle', () => {
    const text = 'Concernant la réglementation municipale applicable aux piscines résidentielles hors terre';
    const result = detectLanguage(text);
    expect(result.language).toBe('fr');
  });

  it('throws PolicyInputError on non-strings', () => {
    for (const bad of [undefined, null, 42, {}, ['merci']]) {
      expect(() => detectLanguage(bad as never)).toThrow(PolicyInputError);
    }
  });

  it('returns a verdict for any string, with segments inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = detectLanguage(text);
        expect(['fr', 'en', 'mixed', 'und', 'other']).toContain(result.language);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        let last = 0;
        for (const segment of result.segments) {
          expect(segment.start).toBeGreaterThanOrEqual(last);
          expect(segment.end).toBeGreaterThan(segment.start);
          expect(segment.end).toBeLessThanOrEqual(text.length);
          last = segment.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 1 MB text', () => {
    const text = 'La collecte est reportée à demain. '.repeat(30_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(detectLanguage(text).language).toBe('fr');
    expect(detectLanguage('🙂'.repeat(500_000)).language).toBe('und');
  });
});

describe('detectLanguage on two-word code-switching', () => {
  it('calls one word of each language mixed', () => {
    expect(detectLanguage('Merci thanks').language).toBe('mixed');
    expect(detectLanguage('Bonjour hi').language).toBe('mixed');
    expect(detectLanguage('Ok merci').language).toBe('fr');
  });
});
