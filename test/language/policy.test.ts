import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANGLICISMS, TOLERATED_TECH_TERMS, checkReplyLanguage } from '../../src/language/index.js';
import { definePolicy, villeDeQuebec } from '../../src/policies/index.js';
import { PolicyInputError } from '../../src/errors.js';
import { foldKey } from '../../src/text/index.js';

describe('checkReplyLanguage', () => {
  it('accepts a French reply and cites La Sarre §5.7', () => {
    const verdict = checkReplyLanguage('Bonjour, la collecte est reportée à mardi.');
    expect(verdict.compliant).toBe(true);
    expect(verdict.language).toBe('fr');
    expect(verdict.allowed).toEqual(['fr']);
    expect(verdict.reasons[0]?.code).toBe('french');
    expect(verdict.reasons[0]?.citation).toEqual({ policy: 'la-sarre', section: '§5.7' });
    expect(verdict.citations).toEqual([{ policy: 'la-sarre', section: '§5.7' }]);
  });

  it('refuses English to a French-speaking citizen on a general topic', () => {
    const verdict = checkReplyLanguage('The pool is open until 8 pm.', { inReplyTo: 'La piscine est-tu ouverte à soir?' });
    expect(verdict.compliant).toBe(false);
    expect(verdict.reasons.map((r) => r.code)).toEqual(['english-not-allowed']);
    expect(verdict.citizenLanguage).toBe('fr');
  });

  it('refuses English when no citizen message is given', () => {
    expect(checkReplyLanguage('The pool is open until 8 pm.').compliant).toBe(false);
  });

  it('accepts English to a citizen who wrote in English', () => {
    const verdict = checkReplyLanguage('The pool is open until 8 pm.', { inReplyTo: 'Is the pool open tonight?' });
    expect(verdict.compliant).toBe(true);
    expect(verdict.allowed).toEqual(['fr', 'en', 'bilingual']);
    expect(verdict.reasons[0]?.code).toBe('english-to-english');
    expect(verdict.warnings).toEqual([]);
  });

  it('does not allow English to English citizens when the profile says so', () => {
    const strict = definePolicy({ id: 'strict', language: { englishWhenCitizenWritesEnglish: false } });
    const verdict = checkReplyLanguage('The pool is open.', { inReplyTo: 'Is the pool open?', policy: strict });
    expect(verdict.compliant).toBe(false);
  });

  it('accepts a bilingual health or safety message, French first', () => {
    const text = 'Avis d’ébullition en vigueur dans le secteur nord. / Boil water advisory in effect in the north sector.';
    for (const topic of ['health', 'safety', 'emergency', 'santé', 'sécurité civile']) {
      const verdict = checkReplyLanguage(text, { topic });
      expect(verdict.compliant).toBe(true);
      expect(verdict.language).toBe('mixed');
      expect(verdict.reasons[0]?.code).toBe('health-safety-exception');
      expect(verdict.warnings.map((w) => w.code)).not.toContain('english-first');
    }
  });

  it('warns when English comes first or alone on a health or safety topic', () => {
    const englishFirst = checkReplyLanguage('Boil water advisory in effect. / Avis d’ébullition en vigueur.', { topic: 'safety' });
    expect(englishFirst.compliant).toBe(true);
    expect(englishFirst.warnings.map((w) => w.code)).toContain('english-first');
    const englishOnly = checkReplyLanguage('Boil water advisory in effect until further notice.', { topic: 'health' });
    expect(englishOnly.compliant).toBe(true);
    expect(englishOnly.warnings.map((w) => w.code)).toContain('english-only');
  });

  it('cites the emergency section too for the emergency topic', () => {
    const verdict = checkReplyLanguage('Évacuation du secteur en cours.', { topic: 'emergency' });
    expect(verdict.citations).toEqual([
      { policy: 'la-sarre', section: '§5.7' },
      { policy: 'la-sarre', section: '§14' },
    ]);
  });

  it('refuses a bilingual reply to a French comment on a general topic', () => {
    const verdict = checkReplyLanguage('La bibliothèque est fermée lundi. / The library is closed on Monday.', {
      inReplyTo: 'La biblio est tu ouverte lundi?',
    });
    expect(verdict.compliant).toBe(false);
    expect(verdict.reasons[0]?.code).toBe('bilingual-not-allowed');
  });

  it('refuses Spanish and empty replies', () => {
    expect(checkReplyLanguage('Muchas gracias por su mensaje, la piscina está abierta.').compliant).toBe(false);
    const empty = checkReplyLanguage('   ');
    expect(empty.compliant).toBe(false);
    expect(empty.reasons[0]?.code).toBe('empty');
  });

  it('suggests French equivalents for anglicisms, with offsets', () => {
    const reply = 'Le meeting est cancellé. On va checker ça et vous envoyer un email avant le deadline.';
    const verdict = checkReplyLanguage(reply);
    expect(verdict.compliant).toBe(true);
    expect(verdict.suggestions.map((s) => s.suggestion)).toEqual([
      'réunion',
      'annuler',
      'vérifier',
      'courriel',
      'échéance (date limite)',
    ]);
    for (const s of verdict.suggestions) {
      expect(reply.slice(s.start, s.end)).toBe(s.term);
      expect(s.note.length).toBeGreaterThan(0);
    }
  });

  it('finds phrases and leaves tolerated technical terms alone', () => {
    const verdict = checkReplyLanguage('Bon matin! Connectez-vous au Wi-Fi ou sur Zoom et ajoutez le hashtag.');
    expect(verdict.suggestions.map((s) => s.term)).toEqual(['Bon matin']);
  });

  it('honours the profile’s tolerated terms', () => {
    const lenient = definePolicy({ id: 'lenient', language: { toleratedTerms: ['email'] } });
    const reply = 'Envoyez-nous un email, merci.';
    expect(checkReplyLanguage(reply).suggestions.map((s) => s.term)).toEqual(['email']);
    expect(checkReplyLanguage(reply, { policy: lenient }).suggestions).toEqual([]);
  });

  it('does not look for anglicisms in the English part of a bilingual message', () => {
    const verdict = checkReplyLanguage('La réunion est annulée. / The meeting is cancelled.', { topic: 'safety' });
    expect(verdict.suggestions).toEqual([]);
  });

  it('gives quality warnings: capitals, repeated marks, missing capital', () => {
    expect(checkReplyLanguage('MERCI DE VOTRE PATIENCE').warnings.map((w) => w.code)).toContain('all-caps');
    const marks = checkReplyLanguage('Merci de votre patience!!! On s’en occupe???');
    expect(marks.warnings.filter((w) => w.code === 'repeated-punctuation')).toHaveLength(2);
    const lower = checkReplyLanguage('merci beaucoup. on vous revient bientôt, p. ex. demain.');
    expect(lower.warnings.filter((w) => w.code === 'missing-capital').map((w) => w.start)).toEqual([0, 16]);
    expect(checkReplyLanguage('Merci beaucoup. Nous vous revenons bientôt.').warnings).toEqual([]);
  });

  it('cites nothing when the profile has no language section', () => {
    const verdict = checkReplyLanguage('Merci!', { policy: villeDeQuebec });
    expect(verdict.compliant).toBe(true);
    expect(verdict.reasons[0]?.citation).toBeNull();
  });

  it('throws PolicyInputError on bad input', () => {
    expect(() => checkReplyLanguage(42 as never)).toThrow(PolicyInputError);
    expect(() => checkReplyLanguage('Merci', { inReplyTo: 3 } as never)).toThrow(PolicyInputError);
    expect(() => checkReplyLanguage('Merci', { topic: ['health'] } as never)).toThrow(PolicyInputError);
    expect(() => checkReplyLanguage('Merci', { policy: 'la-sarre' } as never)).toThrow(PolicyInputError);
    expect(() => checkReplyLanguage('Merci', { colour: 'red' } as never)).toThrow(PolicyInputError);
  });

  it('returns a verdict for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 160 }), fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), (reply, inReplyTo) => {
        const verdict = checkReplyLanguage(reply, inReplyTo === undefined ? {} : { inReplyTo });
        expect(typeof verdict.compliant).toBe('boolean');
        expect(verdict.allowed).toContain('fr');
        expect(verdict.reasons.length).toBeGreaterThan(0);
        for (const s of verdict.suggestions) expect(reply.slice(s.start, s.end)).toBe(s.term);
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 1 MB reply', () => {
    const verdict = checkReplyLanguage('Le meeting est reporté. '.repeat(45_000));
    expect(verdict.language).toBe('fr');
    expect(verdict.suggestions.length).toBe(45_000);
  });
});

describe('language data', () => {
  it('holds at least 60 anglicisms, each with a suggestion and a note', () => {
    expect(ANGLICISMS.length).toBeGreaterThanOrEqual(60);
    for (const entry of ANGLICISMS) {
      expect(entry.forms.length).toBeGreaterThan(0);
      expect(entry.suggestion.length).toBeGreaterThan(0);
      expect(entry.note.length).toBeGreaterThan(0);
      for (const form of entry.forms) expect(form).toBe(foldKey(form));
    }
  });

  it('keeps tolerated technical terms apart from anglicisms', () => {
    const forms = new Set(ANGLICISMS.flatMap((entry) => entry.forms));
    for (const term of TOLERATED_TECH_TERMS) expect(forms.has(foldKey(term))).toBe(false);
  });
});

describe('checkReplyLanguage quality warnings around links and mentions', () => {
  it('does not ask for a capital after an opening @mention or link, nor flag www', () => {
    expect(checkReplyLanguage('@Marie merci pour votre message.').warnings).toEqual([]);
    expect(checkReplyLanguage('www.ville.lasarre.qc.ca : consultez la section Avis publics.').warnings).toEqual([]);
    expect(checkReplyLanguage('Bonjour. voici le lien').warnings.map((w) => w.code)).toEqual(['missing-capital']);
  });

  it('warns on stretched letters outside links', () => {
    expect(checkReplyLanguage('Merciiii à tous!').warnings.map((w) => w.code)).toEqual(['repeated-letters']);
  });
});
