import { describe, expect, it } from 'vitest';
import { discrimination } from '../../../src/netiquette/index.js';

// Written for these tests: remarks that demean people for who they are, in Québec and European
// French and in English, and remarks that only name a group or report a slur.
const positives: readonly string[] = [
  'Encore des Arabes qui vont profiter du système, ils viennent pour les allocs',
  'Les blokes qui chialent en anglais au conseil, apprenez le français ou ben partez',
  'Go back to your own country, these people are living off our taxes',
  'Les femmes au conseil c’est juste bon pour les photos',
  'Gardez vos tarlouzes loin de la bibliothèque',
  'Maudits immigrants, toujours en train de se plaindre',
];
const negatives: readonly string[] = [
  'On m’a traité de « sale Arabe » au dépanneur, est-ce que le service d’accueil peut m’aider à porter plainte?',
  'Someone painted "dirty immigrants go home" on the fence, please clean it up',
  'Bienvenue aux nouveaux arrivants au souper communautaire!',
  'Une femme à la mairie et un budget équilibré, bravo Mme Bérubé',
  'Le centre d’accueil pour les demandeurs d’asile ouvre lundi sur la 3e Rue',
  'There are a few seniors on the street who can’t get out, any ETA on the plow?',
  'Le programme va aider des familles à faible revenu pis des gens sur l’aide sociale',
];

describe('discrimination', () => {
  it.each(positives)('flags %s', (text) => {
    expect(discrimination({ text })?.clause).toBe('discrimination');
  });
  it.each(negatives)('keeps %s', (text) => {
    expect(discrimination({ text })).toBeNull();
  });
});

describe('discrimination: a person named by their colour', () => {
  it('reads "c’est un noir qui…" with a derogatory remark as discrimination, and the colour of a car as nothing', () => {
    expect(discrimination({ text: 'le chauffeur du bus c’est un noir qui parle même pas français comme du monde' })?.clause).toBe('discrimination');
    expect(discrimination({ text: 'Le char noir qui est stationné devant la caserne depuis lundi' })).toBeNull();
  });
});

describe('discrimination: "ce monde-là" carries the group', () => {
  it('reads a remark after "ce monde-là" as said of the group named earlier in the sentence', () => {
    expect(discrimination({ text: 'Depuis que les Arabes sont arrivés sur la rue, c’est des barbecues pis du bruit à tous les soirs, ce monde-là respecte rien.' })?.clause).toBe('discrimination');
    expect(discrimination({ text: 'Depuis que les Arabes sont arrivés sur la rue, c’est des barbecues pis du bruit à tous les soirs. Le voisin d’en face respecte rien non plus.' })).toBeNull();
  });
});

describe('discrimination: sexist remarks and remarks said to a group', () => {
  it('reads a sexist jibe in a comment about a woman in office as discrimination, and "vous" said to a group as the group', () => {
    expect(discrimination({ text: 'une femme maire sa pouvait juste donner sa, retourne dans ta cuisine' })?.clause).toBe('discrimination');
    expect(discrimination({ text: 'Les vieux qui se plaignent de la chaleur, restez chez vous au lieu d’engorger les haltes, vous avez fait votre temps' })?.clause).toBe('discrimination');
  });
});
