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

  it('reads European French and texting insults', () => {
    for (const text of ['Bande de tocards aux travaux publics', 'fdp le chauffeur, il a renversé mon bac', 'nique ta mère le gars du stationnement', 'Quel gros naze ce conseiller', 'Gang de BS qui viennent chialer']) {
      expect(insult({ text })?.clause, text).toBe('insult');
    }
  });

  it('leaves slang that judges things alone', () => {
    for (const text of ['Le site de la Ville est un peu naze sur mobile', 'Mon beau-frère est sur le BS depuis l’accident', 'Il faut qu’on dégage l’entrée avant la gratte']) {
      expect(insult({ text }), text).toBeNull();
    }
  });

  it('reads "faut être … X pour", a vulgar name and a noun before a title', () => {
    for (const text of ['Faudrait être pas mal épais pour passer la gratte à 3 h du matin', 'Faut être niaiseux en maudit pour fermer la piscine en juillet', 'Nice job dumbasses', 'Ce voleur de trésorier a encore monté les taxes']) {
      expect(insult({ text })?.clause, text).toBe('insult');
    }
    expect(insult({ text: 'Faut être patient pour attendre la gratte' })).toBeNull();
  });

  it('reads an accented insult with an invisible character inside', () => {
    expect(insult({ text: 'une gang de vieux cr\u200bétins' })?.clause).toBe('insult');
  });

  it('reads "avoir la chienne" as fear, not a name', () => {
    expect(insult({ text: 'Mon fils a eu la chienne de sa vie sur le rang' })).toBeNull();
  });

  it('leaves a size word to the noun after it, and reads spelled-by-ear copulas', () => {
    for (const text of ['tsé kan vous dites au moins une minute, cé a gros bouillon?', 'ça fait 10 ans qu’on vous dit qu’elle est en mauvais état', 'la rivière monte en arriere de chez nous']) {
      expect(insult({ text }), text).toBeNull();
    }
    for (const text of ['le maire cé un tata', 'Bélanger c’t’un crosseur', 'Le maire est un gros guignol']) {
      expect(insult({ text })?.clause, text).toBe('insult');
    }
  });
});

describe('insult: words that judge no one', () => {
  it('leaves the writer judging their own question, and "ça a pas d’allure"', () => {
    for (const text of ['Excusez ma question niaiseuse, je suis pu jeune', 'Sorry for my dumb question', 'Deux millions pour un terrain synthétique… ça a pas d’allure.']) {
      expect(insult({ text }), text).toBeNull();
    }
    for (const text of ['Ta question niaiseuse', 'T’es vraiment pas d’allure', 'Mon voisin niaiseux']) {
      expect(insult({ text })?.clause, text).toBe('insult');
    }
  });

  it('reads Karen as a name unless an article or the plural makes it the slur', () => {
    for (const text of ['Thank you. — Karen (his daughter)', 'Karen MacDonald']) expect(insult({ text }), text).toBeNull();
    for (const text of ['t’es juste une karen', 'Typical Karen behaviour from the neighbour', 'Les Karens du quartier']) {
      expect(insult({ text })?.clause, text).toBe('insult');
    }
  });
});

describe('insult: "croche" as a noun only', () => {
  it('reads "un esti de croche" as an insult and crooked lines as nothing', () => {
    expect(insult({ text: 'Le maire, c’est un esti de croche.' })?.clause).toBe('insult');
    expect(insult({ text: 'Qui a peinturé les lignes sur la 1re Rue? Elles sont toutes croches' })).toBeNull();
  });
});
