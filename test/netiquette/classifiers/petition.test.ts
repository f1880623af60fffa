import { describe, expect, it } from 'vitest';
import { petition } from '../../../src/netiquette/index.js';

const positives: readonly string[] = [
  'J’ai signé pour demander une consultation publique sur le nouveau quartier, partagez!',
  'Signez la pétition pour garder la piscine ouverte! change.org/piscine',
  'J’ai signé 👍',
  'I signed it, everyone should sign too',
  'Sign and share! We need 300 more signatures',
  'On est rendus à 800 signatures, il en manque juste 200!',
  'Ça prend une pétition pour la patinoire, qui embarque?',
  'Il y a une pétition qui circule au dépanneur, allez signer',
  'Pétition ➡️ non à la hausse des taxes, partagez',
  'signez ici 👉 chng.it/abc123',
  's i g n e z   l a   p é t i t i o n',
  'Sig\u200bnez la pé\u200btition pour le skatepark',
];
const negatives: readonly string[] = [
  'Comment déposer une pétition au conseil?',
  'How does a petition to council work?',
  'La pétition déposée au conseil a été rejetée hier',
  'Le maire a signé l’entente avec le ministère',
  'J’ai signé mon bail hier, on déménage sur la 5e',
  'Est-ce qu’il faut signer quelque chose pour le permis?',
  'Faites-moi signe si vous voyez mon chat',
];

describe('petition', () => {
  it.each(positives)('flags %s', (text) => {
    expect(petition({ text })?.clause).toBe('petition');
  });
  it.each(negatives)('keeps %s', (text) => {
    expect(petition({ text })).toBeNull();
  });
  it('keeps a past petition reported, and still counts an organiser’s tally', () => {
    expect(petition({ text: 'La pétition déposée au conseil en septembre avait plus de 1 200 noms et vous l’avez ignorée.' })).toBeNull();
    expect(petition({ text: 'Notre pétition a déjà plus de 300 signatures, merci!' })?.clause).toBe('petition');
  });
});

describe('petition: a call spelled out letter by letter', () => {
  it('reads "S.i.g.n.e.z la petition" as a call to sign', () => {
    expect(petition({ text: 'S.i.g.n.e.z la petition pour une generatrice permanente a l’arena!! lien dans les commentaires' })?.clause).toBe('petition');
    expect(petition({ text: 'S.i.g.n.e.z le registre à l’accueil' })).toBeNull();
  });
});
