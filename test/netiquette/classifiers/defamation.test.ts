import { describe, expect, it } from 'vitest';
import { defamation } from '../../../src/netiquette/index.js';

describe('defamation', () => {
  it('sends accusations against an identifiable person to review', () => {
    for (const text of [
      'Contrat donné au beau-frère du maire, comme d’habitude',
      'The paving firm is the DG’s cousin. Rigged tender, everybody knows it.',
      'Une bénévole remplit son char avec les dons tous les soirs. Julie Paquin pour pas la nommer.',
      'Gagnon démissionne parce qu’il donnait des contrats à son beau-frère. De la fraude.',
      'Dr. Patel covered up the outbreak for two weeks.',
      'C’est le petit-fils qui a mis le feu, la police le sait.',
      'Curieusement, la trésorière s’est payé un chalet au lac cet automne.',
      'Interesting that councillor Pelletier voted for the rezoning right after his wife bought the lot next door.',
      'Réjean s’est fait construire son garage avec l’argent de la Ville, demandez-vous pourquoi.',
      'The woman who runs the Popote, Carole Lessard, has been selling the donated food on the side.',
    ]) {
      expect(defamation({ text })?.decision, text).toBe('review');
    }
  });

  it('leaves unknown culprits alone', () => {
    expect(defamation({ text: 'Quelqu’un a volé les jardinières devant l’hôtel de ville, la Ville va-t-elle les remplacer?' })).toBeNull();
  });

  it('leaves news about no one in particular alone', () => {
    expect(defamation({ text: 'Un ancien fonctionnaire d’une autre ville a été accusé de fraude, selon les nouvelles' })).toBeNull();
  });
});

describe('defamation: ordinary words that are not accusations', () => {
  it('leaves "paid for" and "invented" in their ordinary senses alone', () => {
    expect(defamation({ text: 'Le skatepark a été payé à 60 % par une subvention du provincial, Stéphane' })).toBeNull();
    expect(defamation({ text: 'Lâche un peu le maire Roger, il a pas inventé le verglas' })).toBeNull();
  });

  it('leaves a hint without a favour or without anyone named alone', () => {
    expect(defamation({ text: 'Curieusement, la collecte a passé plus tôt cette semaine.' })).toBeNull();
    expect(defamation({ text: 'Comme par magie, le contrat de déneigement a été renouvelé.' })).toBeNull();
  });
});

describe('defamation: a contract for a relative, and dictation', () => {
  it('sends a contract handed to a relative, and "le mer" read as the mayor, to review', () => {
    for (const text of [
      'le conseiller Bérubé a donner le contrat de déneigement a son beau frère tout le monde le sais',
      'Ces sur que le mer a mis l’argent du parc dans ses poches',
    ]) {
      expect(defamation({ text })?.decision, text).toBe('review');
    }
    expect(defamation({ text: 'La ville a donné le contrat de déneigement à son fournisseur habituel' })).toBeNull();
  });
});

describe('defamation: the garage and the disclaimer', () => {
  it('reads "Réjean au garage…" as a named person, and "j’accuse personne" as no accusation', () => {
    expect(defamation({ text: 'Réjean au garage remplit son pick-up personnel avec le diesel de la Ville depuis des années.' })?.decision).toBe('review');
    expect(defamation({ text: 'Est-ce que la Ville a un système contre la fraude dans les feuilles de temps? Je pose la question en général, j’accuse personne.' })).toBeNull();
  });
});
