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

  it('sees calls to vote disguised by spaced letters or a look-alike letter, and leaves VOTÉ in capitals alone', () => {
    expect(objectionable({ text: 'v o t e z   B é l a n g e r   l e   2   n o v' })?.subcategory).toBe('political');
    expect(objectionable({ text: 'V\u043ete Johanne Tremblay-Roy for mayor on November 2!' })?.subcategory).toBe('political');
    expect(objectionable({ text: 'LE CONSEIL A VOTÉ LE BUDGET À L’UNANIMITÉ?' })).toBeNull();
  });

  it('adds up a named slate and a campaign’s workings, but not one of them alone', () => {
    expect(objectionable({ text: 'On a gagné!!! Merci à tous les partisans de l’Équipe Renouveau, dans 4 ans on rafle tous les districts' })?.subcategory).toBe('political');
    expect(objectionable({ text: 'L’Équipe Renouveau a promis un nouvel aréna, est-ce que le budget le prévoit?' })).toBeNull();
  });
});

describe('objectionable: people at work rated for their looks', () => {
  it('reads a coach or a teacher called sexy, and a body part, as indecent', () => {
    for (const text of ['La nouvelle coach de patinage artistique est tellement sexy dans son kit 🥵', 'La prof de danse en ligne a un beau petit cul']) {
      expect(objectionable({ text })?.subcategory, text).toBe('indecent');
    }
    expect(objectionable({ text: 'La coach de patinage a été formidable avec les petits' })).toBeNull();
  });
});

describe('objectionable: English calls to vote for a party', () => {
  it('reads "vote Conservative" as campaigning, and a question about the vote as nothing', () => {
    expect(objectionable({ text: 'Great festival! Don’t forget to vote Conservative on election day, Jenna Hollis for MP!' })?.subcategory).toBe('political');
    expect(objectionable({ text: 'Where do we vote on election day, is it still the arena?' })).toBeNull();
  });
});
