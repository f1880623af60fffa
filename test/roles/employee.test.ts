import { describe, expect, it } from 'vitest';
import { PolicyInputError, villeDeQuebec } from '../../src/policies/index.js';
import { checkEmployeePost } from '../../src/roles/index.js';

const codes = (...args: Parameters<typeof checkEmployeePost>): string[] => checkEmployeePost(...args).map((w) => w.code);

describe('checkEmployeePost()', () => {
  it('asks for the personal-opinion disclaimer on city matters (La Sarre §13.1)', () => {
    const [w] = checkEmployeePost('Franchement, le conseil municipal a encore reporté la réfection de l’aréna.');
    expect(w?.code).toBe('missing-disclaimer');
    expect(w?.citations).toEqual([{ policy: 'la-sarre', section: '§13.1' }]);
    expect(w?.evidence[0]).toMatchObject({ field: 'text', text: 'conseil municipal' });
  });

  it('points evidence at the original words, accents included', () => {
    const text = 'Le déneigement de la Ville est lent.';
    const w = checkEmployeePost(text)[0];
    for (const e of w?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(w?.evidence.map((e) => e.text)).toEqual(['déneigement', 'de la Ville']);
  });

  it('accepts the disclaimer in the post or in the profile (Québec §5.1.5.1)', () => {
    expect(codes('Le maire a raison. Les opinions que j’exprime ici n’engagent que ma personne.')).toEqual([]);
    expect(codes('The city council got this wrong. Views are my own.')).toEqual([]);
    const post = { text: 'La Ville de Québec devrait revoir son plan de transport.', profile: { bio: 'Mes propos sont personnels.' } };
    expect(codes(post, { policy: villeDeQuebec })).toEqual([]);
    expect(codes({ text: post.text }, { policy: villeDeQuebec })).toEqual(['missing-disclaimer']);
  });

  it('stays quiet on posts unrelated to the city and on official use', () => {
    expect(codes('Belle randonnée au parc ce matin avec les enfants!')).toEqual([]);
    expect(codes('Le conseil municipal siège ce soir à 19 h.', { usage: 'official' })).toEqual([]);
  });

  it('flags city branding and a work e-mail on a personal account (Québec §5.1.7)', () => {
    const warnings = checkEmployeePost(
      { text: 'Bonne fin de semaine!', usesCityBranding: true, profile: { email: 'j.roy@ville.quebec.qc.ca' } },
      { policy: villeDeQuebec },
    );
    expect(warnings.map((w) => [w.code, w.citations[0]?.section])).toEqual([
      ['city-branding', '§5.1.7.1'],
      ['work-email', '§5.1.7.2'],
    ]);
    expect(codes({ text: 'Salut', profile: { email: 'j.roy@gmail.com' } })).toEqual([]);
    expect(codes({ text: 'Salut', profile: { email: 'j.roy@loisirs.ville.lasarre.qc.ca' } })).toEqual(['work-email']);
    expect(codes({ text: 'Salut', profile: { email: 'j.roy@cssh.qc.ca' } }, { workDomains: ['cssh.qc.ca'] })).toEqual(['work-email']);
  });

  it('flags confidential or embargoed information in any usage', () => {
    expect(codes('Entre nous, le nouveau parc sera annoncé lundi, c’est encore sous embargo.', { usage: 'official' })).toEqual([
      'confidential',
    ]);
    expect(checkEmployeePost('Document interne à ne pas partager', { policy: villeDeQuebec })[0]?.citations.map((c) => c.section)).toEqual([
      '§5.1.2.1',
      '§5.1.2.2',
    ]);
  });

  it('flags speaking for the city from a personal account', () => {
    expect(codes('Au nom de la Ville, je vous confirme que la piscine ouvrira samedi. Opinion personnelle.')).toContain('speaking-for-city');
    expect(codes('Speaking for the city: the pool opens Saturday. My own views.')).toContain('speaking-for-city');
  });

  it('flags other people’s personal information but not the city’s public contacts', () => {
    const w = checkEmployeePost('Appelez Mme Roy au 819-555-1234 ou écrivez à mroy@gmail.com; elle habite au 12, rue des Pins.');
    expect(w.map((x) => x.code)).toEqual(['personal-information']);
    expect(w[0]?.evidence.map((e) => e.text)).toEqual(['819-555-1234', 'mroy@gmail.com', 'elle habite au', '12, rue des Pins']);
    expect(codes('Pour une plainte : info@ville.lasarre.qc.ca ou 819-333-2282.')).toEqual([]);
  });

  it('validates its input', () => {
    expect(() => checkEmployeePost(42 as never)).toThrow(PolicyInputError);
    expect(() => checkEmployeePost('x', { usage: 'private' as never })).toThrow(PolicyInputError);
    expect(() => checkEmployeePost({ text: 'x', profile: { phone: '1' } } as never)).toThrow(PolicyInputError);
  });
});

describe('checkEmployeePost() evidence offsets', () => {
  it('maps offsets back when folding changes the length of the text', () => {
    const text = 'İİ Le conseil municipal est confidentiel.';
    for (const w of checkEmployeePost(text)) {
      for (const e of w.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(checkEmployeePost(text).flatMap((w) => w.evidence.map((e) => e.text))).toEqual(['conseil municipal', 'confidentiel']);
  });
});
