import { describe, expect, it } from 'vitest';
import { insult } from '../../../src/netiquette/index.js';

describe('insult', () => {
  it('reads a word said to someone', () => {
    for (const text of ['Clowns.', 'Menteur, le maire', 'Encore une décision de cruches', 'Gang de moutons, lisez avant de partager', '🤡🤡🤡']) {
      expect(insult({ text })?.clause, text).toBe('insult');
    }
  });

  it('leaves things and judgements of things alone', () => {
    for (const text of ['Nul.', 'On pourrait remplir nos cruches au garage municipal?', 'Les moutons de la ferme école sont arrivés', 'Merci 🤡', 'Le service est nul cette année']) {
      expect(insult({ text }), text).toBeNull();
    }
  });
});
