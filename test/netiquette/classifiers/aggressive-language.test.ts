import { describe, expect, it } from 'vitest';
import { aggressiveLanguage } from '../../../src/netiquette/index.js';

describe('aggressive-language: threats', () => {
  it('reads a violent verb said with intent against someone', () => {
    expect(aggressiveLanguage({ text: 'Je vais brûler son char si la gratte repasse dans mon entrée' })?.clause).toBe('aggressive-language');
    expect(aggressiveLanguage({ text: 'M’as te péter la gueule mon ostie' })?.clause).toBe('aggressive-language');
    expect(aggressiveLanguage({ text: 'Keep parking in front of my garage and see what happens' })?.clause).toBe('aggressive-language');
    expect(aggressiveLanguage({ text: 't’es juste un l.è.c.h.e.-.c.u du maire' })?.clause).toBe('aggressive-language');
    expect(aggressiveLanguage({ text: 'Le contrat c’est de la m e r d e, c r i s s e' })?.evidence.map((e) => e.text)).toEqual(['m e r d e', 'c r i s s e']);
  });

  it('reads the middle finger as a rude word', () => {
    expect(aggressiveLanguage({ text: '🖕🏼' })?.clause).toBe('aggressive-language');
    expect(aggressiveLanguage({ text: 'Bravo 👏👍' })).toBeNull();
  });

  it('leaves mild words and the kennel alone', () => {
    expect(aggressiveLanguage({ text: 'Damn good pie at the church booth last year' })).toBeNull();
    expect(aggressiveLanguage({ text: 'These speed bumps are going to kill what’s left of my old Corolla’s suspension 😂' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Je vais respecter l’interdiction, je sais que ça tue un peu l’ambiance du camping' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Our bitch just had a litter of six, do the puppies need licences?' })).toBeNull();
    expect(aggressiveLanguage({ text: 'The lady at the counter is a miserable b1tch' })?.clause).toBe('aggressive-language');
  });

  it('leaves questions about what is allowed and yard work alone', () => {
    expect(aggressiveLanguage({ text: 'A-t-on le droit de brûler nos branches dans la cour cet automne?' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Is it legal to burn my leaves in a barrel?' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Je vais brûler les feuilles dans le baril samedi' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Ma fille a enfin réussi à mettre la tête sous l’eau au cours de natation' })).toBeNull();
  });

  it('leaves games, "a dog bite" and "en personne" alone', () => {
    expect(aggressiveLanguage({ text: '@Jade viens-tu jeudi? j’te détruis à Smash 😂' })).toBeNull();
    expect(aggressiveLanguage({ text: 'I had to put my dog down after a bite too. Thinking of the little girl.' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Si tu le croises, m’as te péter la gueule' })?.clause).toBe('aggressive-language');
  });

  it('leaves a decision that "kills" tourism alone, and reads a veiled threat to someone\'s truck', () => {
    expect(aggressiveLanguage({ text: 'This bylaw is going to kill tourism in Sutton.' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Nice new truck the DG drives. Would be a real shame if something happened to it some night.' })?.clause).toBe('aggressive-language');
  });
  it('leaves a decision that "kills" a downtown alone, and reads a warning to whoever touches a sign', () => {
    for (const text of ['Le stationnement payant va tuer le centre-ville.', 'Paid parking downtown is going to kill what’s left of Main Street.']) {
      expect(aggressiveLanguage({ text }), text).toBeNull();
    }
    expect(aggressiveLanguage({ text: 'Le prochain qui touche à ma pancarte va y goûter' })?.clause).toBe('aggressive-language');
  });
});

describe('aggressive-language: old oaths and veiled warnings', () => {
  it('reads "torrieux" as a minced oath, and "il va avoir des surprises" as a threat', () => {
    expect(aggressiveLanguage({ text: 'Torrieux que j’ai hâte! Vos tomates étaient les meilleures.' })).toBeNull();
    expect(aggressiveLanguage({ text: 'Le coach qui a crié après ma fille, je connais son char. Il va avoir des surprises un de ces matins.' })?.clause).toBe('aggressive-language');
  });
});

describe('aggressive-language: a sacre used as a verb', () => {
  it('reads "j’les crisse dans le bois" as the oath, and "le ciboire de l’église" as the object', () => {
    expect(aggressiveLanguage({ text: 'Les encombrants moi j’les crisse dans le boisé derrière le parc' })?.clause).toBe('aggressive-language');
    expect(aggressiveLanguage({ text: 'Le ciboire de l’église a été volé' })).toBeNull();
  });
});

describe('aggressive-language: a word asked about', () => {
  it('leaves a sacre someone asks the meaning of, quoted or not', () => {
    for (const text of ['what does tabarnak mean? my neighbour yelled it at the snowplow', 'Que veut dire tabarnak?', 'tabarnak ça veut dire quoi']) {
      expect(aggressiveLanguage({ text }), text).toBeNull();
    }
    expect(aggressiveLanguage({ text: 'what do you mean, tabarnak, encore fermé?' })?.clause).toBe('aggressive-language');
  });
});

describe('aggressive-language: names that hold a sacre', () => {
  it('leaves the sugar shack’s "oreilles de crisse" and the chemin du Calvaire alone', () => {
    for (const text of ['Leurs oreilles de crisse sont les meilleures de la région', 'Le chemin du Calvaire est fermé pour le nivelage']) {
      expect(aggressiveLanguage({ text }), text).toBeNull();
    }
    expect(aggressiveLanguage({ text: 'Crisse de côte, jamais nivelée' })?.clause).toBe('aggressive-language');
  });
});
