import { describe, expect, it } from 'vitest';
import { anonymous, offTopic } from '../../../src/netiquette/index.js';

const text = 'Merci pour le rappel!';

describe('anonymous', () => {
  it('reads real names with initials, emoji or a tag after them as names', () => {
    for (const displayName of ['J.-F. Gagnon', 'Julie Roy 🌸', 'Élise Thibault (La Sarre)', 'Marc Gagnon - Courtier', 'Tran Thi Mai', 'M. Côté']) {
      expect(anonymous({ text, author: { displayName } }), displayName).toBeNull();
    }
  });

  it('keeps nicknames with emoji and descriptions as pseudonyms', () => {
    for (const displayName of ['Papa Ours 🐻', 'Lecteur Assidu', 'Abitibi Pride', 'Anonyme (La Sarre)', 'zZChatNoirZz']) {
      expect(anonymous({ text, author: { displayName } })?.clause, displayName).toBe('anonymous');
    }
  });
});

describe('off-topic: notices', () => {
  it('removes a lost pet or a garage sale even when it names a street the post names', () => {
    const post = { text: 'Opération déneigement cette nuit dans le secteur de la 4e Avenue : stationnement interdit.' };
    expect(offTopic({ text: 'Chat perdu secteur 4e Avenue, tigré gris, il s’appelle Pistache', post })?.decision).toBe('remove');
    expect(offTopic({ text: 'Vente de garage samedi sur la 4e Avenue, venez en grand nombre!', post })?.decision).toBe('remove');
    expect(offTopic({ text: 'Est-ce que la 4e Avenue sera faite avant minuit?', post })).toBeNull();
  });
});

describe('anonymous: family words and particles', () => {
  it('reads a family word with a pastime as a nickname, with a first name as a case for review', () => {
    expect(anonymous({ text, author: { displayName: 'Papa Hockey' } })?.decision).toBe('remove');
    expect(anonymous({ text, author: { displayName: 'Papa Ours' } })?.decision).toBe('remove');
    expect(anonymous({ text, author: { displayName: 'Grand-maman Lise' } })?.decision).toBe('review');
  });

  it('reads a lower-case particle inside a name as part of the name', () => {
    for (const displayName of ['Jeanne d’Arc Bergeron', "Marie l'Heureux", 'Marie Ours']) {
      expect(anonymous({ text, author: { displayName } }), displayName).toBeNull();
    }
  });
});

describe('off-topic: one word over and over', () => {
  it('reads a word typed over and over as incomprehensible, and laughter as nothing', () => {
    expect(offTopic({ text: 'le le le le le le le le le le le le le' })?.decision).toBe('remove');
    expect(offTopic({ text: 'ha ha ha ha ha ha ha ha ha' })).toBeNull();
  });
});

describe('off-topic: opening on another facility', () => {
  it('sends "Pis l’aréna, elle rouvre quand?" under the pool’s post to review, and a follow-up on the same facility nowhere', () => {
    const post = { text: 'La piscine municipale ouvre samedi! Bain libre de 13 h à 16 h.' };
    expect(offTopic({ text: 'Et l’aréna, elle rouvre quand?', post })?.decision).toBe('review');
    expect(offTopic({ text: 'Pis la piscine intérieure, elle ouvre aussi samedi?', post })).toBeNull();
    expect(offTopic({ text: 'Pis le bac brun lui?', post: { text: 'Rappel : la collecte des matières recyclables aura lieu mercredi.' } })).toBeNull();
  });
});

describe('anonymous: a usual nickname before a frequent surname', () => {
  it('reads "Ti-Paul Gagnon" as a name and "Ti-Pit" alone as a nickname for review', () => {
    expect(anonymous({ text, author: { displayName: 'Ti-Paul Gagnon' } })).toBeNull();
    expect(anonymous({ text, author: { displayName: 'Ti-Pit' } })?.decision).toBe('review');
  });
});
