import { describe, expect, it } from 'vitest';
import { insult } from '../../../src/netiquette/index.js';

describe('insult', () => {
  it('reads a word said to someone', () => {
    for (const text of ['Clowns.', 'Menteur, le maire', 'Encore une décision de cruches', 'Gang de moutons, lisez avant de partager', '🤡🤡🤡', 'Le gars au comptoir, c’est un petit baveux', 'Quelle bande de tаrés au service des loisirs']) {
      expect(insult({ text })?.clause, text).toBe('insult');
    }
  });

  it('leaves the writer’s names for themself alone', () => {
    for (const text of ['Je me sens tellement niaiseuse, j’ai sorti le mauvais bac', 'I was a total idiot and parked on the street last night']) {
      expect(insult({ text }), text).toBeNull();
    }
  });

  it('does not carry a person across sentences', () => {
    expect(insult({ text: 'Il s’est perdu hier dans la tempête. Un gros merci aux policiers!' })).toBeNull();
  });

  it('leaves things and judgements of things alone', () => {
    for (const text of ['Nul.', 'On pourrait remplir nos cruches au garage municipal?', 'Les moutons de la ferme école sont arrivés', 'Merci 🤡', 'Le service est nul cette année', 'Les gars dans les camions sont ben smattes, y m’envoient la main']) {
      expect(insult({ text }), text).toBeNull();
    }
  });
});
