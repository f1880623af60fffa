import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/errors.js';
import { checkReplyLanguage } from '../../src/language/index.js';
import { CLAUSE_IDS } from '../../src/netiquette/clauses.js';
import { definePolicy, laSarre, villeDeQuebec } from '../../src/policies/index.js';
import { contactPhrase, fillTemplate, removalNotice, triage } from '../../src/triage/index.js';

const file = fileURLToPath(new URL('../../fixtures/triage.jsonl', import.meta.url));
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { id: string; text: string });

const TUESDAY_MORNING = '2026-05-19T10:00:00-04:00';

describe('triage routing (La Sarre §10, §11, §14, §5.6.1)', () => {
  it('routes a complaint to the service concerned, in private, citing §11', () => {
    const r = triage({ text: 'Ça fait trois semaines que les vidanges sont pas ramassées sur ma rue. Inacceptable.' });
    expect(r.kinds).toContain('complaint');
    expect(r.routing.action).toBe('route-privately');
    expect(r.routing.service).toBe('waste-management');
    expect(r.routing.priority).toBe('high');
    expect(r.routing.citations).toContainEqual({ policy: 'la-sarre', section: '§11' });
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]?.text).toContain('info@ville.lasarre.qc.ca');
    expect(r.replies[0]?.text).toContain('819-333-2282');
  });

  it('redirects a journalist to the communications lead (§10), with no deadline without a date', () => {
    const r = triage({ text: 'Bonjour, journaliste à La Frontière. Serait-il possible d’avoir une entrevue avec le maire?' });
    expect(r.kinds).toEqual(['media-request']);
    expect(r.routing.action).toBe('redirect-media');
    expect(r.routing.service).toBe('communications');
    expect(r.routing.citations).toContainEqual({ policy: 'la-sarre', section: '§10' });
    expect(r.replies[0]?.text).toContain('communications@ville.lasarre.qc.ca');
    expect(r.deadline).toBeUndefined();
  });

  it('points an emergency to 9-1-1, urgent, with the emergency clock (§14)', () => {
    const r = triage({ text: 'Ça sent le gaz vraiment fort au coin de la 3e rue', postedAt: '2026-05-23T22:00:00-04:00' });
    expect(r.kinds).toContain('emergency');
    expect(r.routing.action).toBe('emergency-911');
    expect(r.routing.priority).toBe('urgent');
    expect(r.routing.citations).toContainEqual({ policy: 'la-sarre', section: '§14' });
    expect(r.replies[0]?.text).toContain('9-1-1');
    expect(r.deadline?.emergency).toBe(true);
    // a Saturday night: the emergency clock does not wait for Monday
    expect(r.deadline && r.deadline.due.getTime() - Date.parse('2026-05-23T22:00:00-04:00')).toBeLessThanOrEqual(24 * 3600_000);
  });

  it('gives a question the §5.6.1 deadline from receivedAt (falling back to postedAt)', () => {
    const fromOption = triage({ text: 'À quelle heure ouvre la piscine samedi?' }, { receivedAt: TUESDAY_MORNING });
    expect(fromOption.routing.action).toBe('answer-publicly');
    expect(fromOption.deadline?.receivedAt.toISOString()).toBe('2026-05-19T14:00:00.000Z');
    expect(fromOption.deadline?.emergency).toBe(false);
    expect(fromOption.routing.citations).toContainEqual({ policy: 'la-sarre', section: '§5.6.1' });
    const fromPost = triage({ text: 'À quelle heure ouvre la piscine samedi?', postedAt: TUESDAY_MORNING });
    expect(fromPost.deadline?.due.getTime()).toBe(fromOption.deadline?.due.getTime());
    expect(fromPost.replies[0]?.text).toContain('jeudi 21 mai');
    expect(triage({ text: 'À quelle heure ouvre la piscine samedi?' }).deadline).toBeUndefined();
  });

  it('sends a temporary acknowledgement when the answer needs a check', () => {
    const r = triage({ text: 'Mon voisin construit un cabanon collé sur ma clôture, a-t-il besoin d’un permis?', postedAt: TUESDAY_MORNING });
    expect(r.kinds).toEqual(['question']);
    expect(r.needsVerification).toBe(true);
    expect(r.routing.action).toBe('acknowledge-then-answer');
    expect(r.replies[0]?.template).toBe('acknowledgement');
    expect(r.replies[0]?.text).toContain('Urbanisme et permis');
  });

  it('asks nothing of a compliment or a chat, but thanks a compliment', () => {
    const thanks = triage({ text: 'Merci aux cols bleus, vous êtes des champions!' });
    expect(thanks.routing.action).toBe('none');
    expect(thanks.routing.priority).toBe('low');
    expect(thanks.replies.map((x) => x.template)).toEqual(['compliment']);
    const chat = triage({ text: 'Hâte à l’été!!!' });
    expect(chat.kinds).toEqual(['other']);
    expect(chat.replies).toEqual([]);
  });

  it('the forced emergency option switches the clock; false keeps office hours', () => {
    const forced = triage({ text: 'Est-ce que l’écocentre est ouvert?' }, { receivedAt: TUESDAY_MORNING, emergency: true });
    expect(forced.deadline?.emergency).toBe(true);
    const never = triage({ text: 'Odeur de gaz dans le sous-sol' }, { receivedAt: TUESDAY_MORNING, emergency: false });
    expect(never.routing.action).toBe('emergency-911');
    expect(never.deadline?.emergency).toBe(false);
  });

  it('keeps the comment id', () => {
    expect(triage({ id: 'c-42', text: 'ok' }).id).toBe('c-42');
  });
});

describe('replies', () => {
  it('adds an English reply when the citizen wrote English, French first', () => {
    const r = triage({ text: 'Is the pool open to non-residents this summer?' });
    expect(r.replies.map((x) => x.language)).toEqual(['fr', 'en']);
    expect(r.routing.citations).toContainEqual({ policy: 'la-sarre', section: '§5.7' });
  });

  it('copes with a profile that has no e-mail (Ville de Québec: 311 and website)', () => {
    const r = triage({ text: 'Le déneigement de ma rue est une farce, trois jours que j’attends' }, { policy: villeDeQuebec });
    expect(r.routing.action).toBe('route-privately');
    const text = r.replies[0]?.text ?? '';
    expect(text).toContain('311');
    expect(text).toContain('https://www.ville.quebec.qc.ca');
    expect(text).not.toMatch(/undefined|\{|\[\[/u);
    // Québec's profile cites no complaints section: only what it does cite
    for (const c of r.routing.citations) expect(c.policy).toBe('ville-de-quebec');
  });

  it('every reply to every fixture passes checkReplyLanguage, for both profiles', () => {
    for (const policy of [laSarre, villeDeQuebec]) {
      for (const row of rows) {
        const r = triage({ text: row.text, postedAt: TUESDAY_MORNING }, { policy });
        const topic = r.kinds.includes('emergency') ? 'emergency' : 'general';
        for (const reply of r.replies) {
          const verdict = checkReplyLanguage(reply.text, { inReplyTo: row.text, topic, policy });
          expect(verdict.compliant, `${row.id} ${reply.language}: ${reply.text}`).toBe(true);
          expect(verdict.suggestions, `${row.id}: anglicisms in ${reply.text}`).toEqual([]);
          expect(reply.text).not.toMatch(/undefined|\{\w+\}|\[\[|\]\]/u);
        }
      }
    }
  });
});

describe('templates', () => {
  it('drops an optional part whose placeholder has no value', () => {
    expect(fillTemplate('Merci[[ {name}]]!', {})).toBe('Merci!');
    expect(fillTemplate('Merci[[ {name}]]!', { name: 'Julie' })).toBe('Merci Julie!');
    expect(fillTemplate('A {x} B', {})).toBe('A  B');
  });

  it('lists only the contacts a profile has', () => {
    expect(contactPhrase(laSarre, 'fr', 'general')).toBe(
      'par courriel à info@ville.lasarre.qc.ca, par le formulaire de requête sur https://www.ville.lasarre.qc.ca ou par téléphone au 819-333-2282 pendant les heures d’ouverture',
    );
    expect(contactPhrase(villeDeQuebec, 'en', 'communications')).toBe(
      'by phone at 311 during office hours or on https://www.ville.quebec.qc.ca',
    );
  });

  it('uses a custom profile’s contacts', () => {
    const amos = definePolicy({
      id: 'amos',
      municipality: 'Ville d’Amos',
      contacts: { communications: { email: 'medias@amos.example.ca', phone: '819-732-0000' } },
    });
    const r = triage({ text: 'Reporter with CBC here, could someone give me a call for an interview?' }, { policy: amos });
    expect(r.replies[0]?.text).toContain('medias@amos.example.ca');
  });
});

describe('removalNotice', () => {
  it('names every clause in plain words and cites the profile’s section', () => {
    for (const clause of CLAUSE_IDS) {
      for (const policy of [laSarre, villeDeQuebec]) {
        for (const language of ['fr', 'en'] as const) {
          const text = removalNotice(clause, { policy, language });
          expect(text).toContain(policy.citations.clauses[clause]);
          expect(text).toContain(policy.municipality);
          expect(checkReplyLanguage(text, { topic: 'general', policy, ...(language === 'en' ? { inReplyTo: 'Why was my comment removed?' } : {}) }).compliant).toBe(true);
        }
      }
    }
    expect(removalNotice('insult')).toContain('attaque ou insulte');
    expect(removalNotice({ clause: 'all-caps' }, { language: 'en' })).toContain('written in capitals');
  });

  it('accepts a violation object from moderate()', () => {
    const violation = { clause: 'spam' as const, confidence: 0.9, evidence: [], reason: { fr: 'x', en: 'x' } };
    expect(removalNotice(violation)).toBe(removalNotice('spam'));
  });
});

describe('input validation', () => {
  it('throws PolicyInputError on bad input, never a TypeError', () => {
    const bad: unknown[] = [null, undefined, 42, 'text', { text: 42 }, { text: 'ok', postedAt: '2026-05-19T10:00' }, { text: 'ok', history: 'x' }];
    for (const value of bad) expect(() => triage(value as never)).toThrow(PolicyInputError);
    expect(() => triage({ text: 'ok' }, { receivedAt: 'hier' })).toThrow(PolicyInputError);
    expect(() => triage({ text: 'ok' }, { emergency: 'yes' } as never)).toThrow(PolicyInputError);
    expect(() => triage({ text: 'ok' }, { policy: 'la-sarre' } as never)).toThrow(PolicyInputError);
    expect(() => triage({ text: 'ok' }, { extra: 1 } as never)).toThrow(PolicyInputError);
    expect(() => removalNotice('rudeness' as never)).toThrow(PolicyInputError);
    expect(() => removalNotice('insult', { language: 'es' } as never)).toThrow(PolicyInputError);
  });

  it('returns a result for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (text, quebec) => {
        const r = triage({ text }, { policy: quebec ? villeDeQuebec : laSarre });
        expect(r.kinds.length).toBeGreaterThan(0);
        expect(r.kinds.includes('other')).toBe(r.kinds.length === 1 && r.kinds[0] === 'other');
        for (const e of r.evidence) expect(e.end).toBeLessThanOrEqual(text.length);
        if (r.routing.action === 'none') expect(r.deadline).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('handles words from the lexicons in random order (property)', () => {
    const words = ['gaz', 'odeur', 'urgent', 'journaliste', 'entrevue', 'merci', 'encore', 'normal', 'que', '?', 'fil', 'tombé', '🙄', 'lol', 'taxes'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
        const r = triage({ text: parts.join(' ') }, { receivedAt: TUESDAY_MORNING });
        expect(['answer-publicly', 'acknowledge-then-answer', 'route-privately', 'redirect-media', 'emergency-911', 'none']).toContain(
          r.routing.action,
        );
      }),
      { numRuns: 200 },
    );
  });
});
