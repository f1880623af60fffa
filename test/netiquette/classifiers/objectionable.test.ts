import { describe, expect, it } from 'vitest';
import { objectionable } from '../../../src/netiquette/index.js';

describe('objectionable: political', () => {
  it('reads campaigning: calls to vote for a name, slogans, candidates promoting themselves', () => {
    for (const text of [
      'Vote Sandra Bélanger for council on November 2nd!',
      'Le 2 novembre on vote Équipe Horizon! #HorizonLaSarre',
      'Rejoignez Équipe Renouveau, on a besoin de bénévoles',
      'Hi everyone, I’m running for council in District 2, come say hi this weekend',
    ]) {
      expect(objectionable({ text })?.subcategory, text).toBe('political');
    }
  });

  it('keeps a citizen’s opinion and how they will vote (§4)', () => {
    for (const text of [
      'Je vais voter pour celui qui met l’aréna sur pause, mais c’est mon choix à moi',
      'I’m voting for whoever explains this 4.9% increase in plain words',
      'Cette campagne est plate, personne parle du transport collectif. Vivement le 2 novembre.',
      'Moi je vote Lapointe pis je m’en cache pas, mais ma question : le passeport expiré est-il accepté?',
    ]) {
      expect(objectionable({ text }), text).toBeNull();
    }
  });

  it('reads people at work or at the pool rated as "hot" as indecent, and leaves hot dogs alone', () => {
    expect(objectionable({ text: 'Les sauveteuses sont hot cette année 😏' })?.subcategory).toBe('indecent');
    expect(objectionable({ text: 'all those hot chicks at the pool, wanna see them naked' })?.subcategory).toBe('indecent');
    expect(objectionable({ text: 'Hot dogs gratuits pour les familles samedi' })).toBeNull();
  });

  it('leaves urging council about a bylaw alone (§4), and keeps a call to vote against a candidate', () => {
    expect(objectionable({ text: 'Les poules vont attirer les rats, votez contre ce règlement-là!!' })).toBeNull();
    expect(objectionable({ text: 'Votez contre Tremblay le 2 novembre!' })?.subcategory).toBe('political');
  });
});
