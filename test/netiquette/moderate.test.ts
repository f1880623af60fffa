import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLAUSE_IDS,
  classifiers,
  clauses,
  isPolicyInputError,
  moderate,
  type CommentInput,
} from '../../src/netiquette/index.js';
import { definePolicy, villeDeQuebec } from '../../src/policies/index.js';

describe('moderate()', () => {
  it('reads a pregnancy as private life, and a pool’s enclosure ("l’enceinte") as nothing of the kind', () => {
    expect(moderate({ text: 'La voisine est enceinte de son 4e' }).violations.map((v) => v.clause)).toContain('privacy');
    expect(moderate({ text: 'Tabarouette, 1,2 m pour l’enceinte, la mienne a 1 m. Faut-il tout refaire?' }).decision).toBe('keep');
  });

  it('removes a clear violation, with evidence in the original text and a citation', () => {
    const text = 'Gang de c0nn@rds à la voirie, tabarnak';
    const r = moderate({ text });
    expect(r.decision).toBe('remove');
    const clausesFound = r.violations.map((v) => v.clause);
    expect(clausesFound).toContain('insult');
    expect(clausesFound).toContain('aggressive-language');
    for (const v of r.violations) {
      expect(v.citation).toEqual({ policy: 'la-sarre', section: '§5.5' });
      expect(v.reason.fr.length).toBeGreaterThan(10);
      expect(v.reason.en.length).toBeGreaterThan(10);
      for (const e of v.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(r.violations.find((v) => v.clause === 'insult')?.evidence[0]?.text).toBe('c0nn@rds');
  });

  it('keeps clean comments that contain bad substrings', () => {
    for (const text of [
      'Le conseil a adopté le calcul de la taxe de circulation',
      'La députée habite sur la rue Essex près de la Concorde',
      'Le déneigement est une honte cette année, faites votre travail',
      'Que veut dire « niaiseux »? Mon fils l’a entendu à l’école',
      'Tabarouette que la patinoire est belle!',
      'Merci aux cols bleus, c’est malade comme la rue est propre',
      'Un homme a été arrêté pour fraude à Rouyn hier, selon La Frontière',
      'Je peux venir fourrer les dindes samedi matin pour le souper des bénévoles?',
      'Hydro-Québec : 1 800 790-2424, et Info-Santé, c’est le 811',
    ]) {
      expect(moderate({ text }).decision, text).toBe('keep');
    }
  });

  it('sends defamation-like accusations to review', () => {
    const r = moderate({ text: 'Le maire a volé l’argent du parc, tout le monde le sait' });
    expect(r.decision).toBe('review');
    expect(r.violations[0]?.clause).toBe('defamation');
  });

  it('uses context only when given', () => {
    const text = 'Quand allez-vous réparer le trou sur la 2e rue devant le dépanneur?';
    expect(moderate({ text }).violations).toEqual([]);
    const repeated = moderate({
      text,
      postedAt: '2026-03-10T09:00:00-04:00',
      history: [{ text, postedAt: '2026-03-09T09:00:00-04:00' }],
    });
    expect(repeated.violations.map((v) => v.clause)).toEqual(['repetition']);
    const old = moderate({ text, postedAt: '2026-03-10T09:00:00-04:00', history: [{ text, postedAt: '2026-01-01T09:00:00-05:00' }] });
    expect(old.decision).toBe('keep');
    expect(moderate({ text, author: { displayName: 'Contribuable frustré' } }).violations[0]?.clause).toBe('anonymous');
    expect(moderate({ text, flags: [{ clause: 'inappropriate', by: 'communications' }] }).violations[0]?.clause).toBe('inappropriate');
  });

  it('honours the clauses option and the policy option', () => {
    const text = 'VOUS ÊTES TOUS DES INCAPABLES À LA VILLE';
    expect(moderate({ text }, { clauses: ['all-caps'] }).violations.map((v) => v.clause)).toEqual(['all-caps']);
    const qc = moderate({ text: 'Appelez Réjean au 819-555-0142' }, { policy: villeDeQuebec });
    expect(qc.violations[0]?.citation).toEqual({ policy: 'ville-de-quebec', section: '§5.1.6.2' });
    const strict = definePolicy({ id: 'strict', netiquette: { removeThreshold: 0.99, reviewThreshold: 0.3 } });
    expect(moderate({ text: 'Maudit que c’est long' }, { policy: strict }).decision).toBe('review');
  });

  it('keeps the input id', () => {
    expect(moderate({ id: 'c-42', text: 'Merci!' }).id).toBe('c-42');
  });

  it('rejects bad input with PolicyInputError', () => {
    const bad: unknown[] = [undefined, null, 42, { text: 42 }, { text: 'x', history: [{ text: 'y', postedAt: 'hier' }] }, { text: 'x', postedAt: new Date(Number.NaN) }];
    for (const input of bad) {
      let error: unknown;
      try {
        moderate(input as CommentInput);
      } catch (e) {
        error = e;
      }
      expect(isPolicyInputError(error), JSON.stringify(input)).toBe(true);
    }
    expect(() => moderate({ text: 'x' }, { clauses: ['nope' as never] })).toThrow(/unknown clause/u);
  });

  it('does not mutate its input and is deterministic', () => {
    const comment = { text: 'Osti de cave', author: { displayName: 'Marie Côté' }, history: [] };
    const copy = structuredClone(comment);
    const a = moderate(comment);
    const b = moderate(comment);
    expect(comment).toEqual(copy);
    expect(a).toEqual(b);
  });

  it('returns a verdict for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const r = moderate({ text });
        expect(['keep', 'review', 'remove']).toContain(r.decision);
        for (const v of r.violations) {
          expect(v.confidence).toBeGreaterThanOrEqual(0);
          expect(v.confidence).toBeLessThanOrEqual(1);
          for (const e of v.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('completes on hostile shapes (ReDoS and quadratic traps)', { timeout: 60_000 }, () => {
    const shapes = ['a'.repeat(100_000), `${'a a '.repeat(25_000)}!`, '@'.repeat(50_000), '1-'.repeat(25_000), '1.'.repeat(25_000), 'ä\u0308'.repeat(25_000), `${'x@'.repeat(25_000)}.`, '8'.repeat(60_000)];
    for (const text of shapes) {
      expect(['keep', 'review', 'remove']).toContain(moderate({ text }).decision);
    }
  });
});

describe('classifiers', () => {
  it('has one classifier per clause with titles', () => {
    expect(Object.keys(classifiers).sort()).toEqual([...CLAUSE_IDS].sort());
    for (const id of CLAUSE_IDS) {
      expect(classifiers[id].clause).toBe(id);
      expect(classifiers[id].title).toEqual(clauses[id].title);
    }
  });

  it('each classifier works alone with the same input', () => {
    expect(classifiers.insult({ text: 'Espèce de twit' })?.clause).toBe('insult');
    expect(classifiers.spam({ text: 'Merci pour la collecte' })).toBeNull();
  });
});

describe('moderate: a child’s diagnosis and the writer’s own', () => {
  it('reads someone else’s diagnosis and treatment as private life, and the writer’s own child as theirs to tell', () => {
    const other = moderate({ text: 'Le petit Gagnon dans l’équipe a un TDAH pis il prend du Ritalin, c’est pour ça qu’il pète des crises.' });
    expect(other.violations.map((v) => v.clause)).toContain('privacy');
    expect(moderate({ text: 'Mon fils a un TDAH, est-ce que le camp de jour a un accompagnateur?' }).decision).toBe('keep');
  });
});

describe('moderate: a neighbour’s bedbugs', () => {
  it('reads a named neighbour’s infested flat as private life, and bedbugs in a building as a service question', () => {
    expect(moderate({ text: 'Les punaises de lit sur la rue Royale, c’est Mme Gauvin au deuxième, son appart en est plein depuis l’automne.' }).violations.map((v) => v.clause)).toContain('privacy');
    expect(moderate({ text: 'Y a des punaises de lit dans le bloc de la 5e, la Ville peut-elle inspecter?' }).decision).toBe('keep');
  });
});

describe('moderate: public health', () => {
  it('leaves mental-health services and the writer’s own depression alone, and flags a named family’s vaccination status', () => {
    expect(moderate({ text: 'C’est beau les marches, mais la liste d’attente en santé mentale au CLSC est de 9 mois. La Ville devrait faire pression sur le CISSS.' }).decision).toBe('keep');
    expect(moderate({ text: 'Moi la dépression m’a frappé à 45 ans. Je vais marcher pour ceux qui osent pas demander de l’aide. Merci à la Ville.' }).decision).toBe('keep');
    expect(moderate({ text: 'Dites à Nathalie Caron du dépanneur que ses trois enfants sont pas vaccinés' }).violations.map((v) => v.clause)).toContain('privacy');
  });

  it('reads waste as waste and a person called one as insulted', () => {
    expect(moderate({ text: 'Le fluor est un déchet industriel, arrêtez d’en mettre dans l’eau' }).violations.map((v) => v.clause)).not.toContain('insult');
    expect(moderate({ text: 'Le maire est un déchet' }).violations.map((v) => v.clause)).toContain('insult');
  });
});

describe('moderate: words of the farm and the plant', () => {
  it('leaves a septic field, a treatment plant and a mixed-breed dog alone', () => {
    for (const text of [
      'Combien coûte le permis pour refaire notre champ d’épuration cet été?',
      'Les odeurs de l’usine d’épuration sont insupportables depuis une semaine',
      'C’est un bâtard brun et blanc, genre beagle, qui rôde près de l’érablière. Quelqu’un le reconnaît?',
    ]) {
      expect(moderate({ text }).decision, text).toBe('keep');
    }
  });
});

describe('moderate: a storm night and newcomers', () => {
  it('finds a veiled visit, a barrier moved aside, a driver called a clown, and a refused asylum claim told about someone', () => {
    const clauses = (text: string): string[] => moderate({ text }).violations.map((v) => v.clause);
    expect(clauses('Je sais où reste le gars de la gratte. On va aller lui rendre une petite visite ce soir 😡')).toContain('aggressive-language');
    expect(clauses('La barrière sur la 111, on la tasse pis on passe, ça prend 2 minutes.')).toContain('illegal-activity');
    expect(clauses('The public works director is a useless clown. Fire him.')).toContain('insult');
    expect(clauses('Lui, Hamid Rahimi, c’est un demandeur d’asile refusé, il attend son renvoi.')).toContain('privacy');
    expect(clauses('Merci à la CAQ, c’est le seul parti qui nous défend, on s’en souviendra en octobre')).toContain('objectionable');
  });

  it('leaves people who come to work at the hospital, and a job ad’s own number, out of private life', () => {
    expect(moderate({ text: 'Il y a beaucoup de Français et de Belges qui arrivent pour travailler à l’hôpital. Le guide parle-t-il des permis?' }).decision).toBe('keep');
    const ad = moderate({ text: 'ON EMBAUCHE! La Ferme Beauséjour cherche 3 journaliers, logement fourni! Contactez Luc au 819-339-5521' });
    expect(ad.violations.map((v) => v.clause)).toContain('spam');
    expect(ad.violations.map((v) => v.clause)).not.toContain('personal-information');
  });
});

describe('moderate: a council livestream and a big city', () => {
  it('finds a sacre made into a name, a disguised letter in an insult, and a call for someone to torch equipment', () => {
    const clauses = (text: string): string[] => moderate({ text }).violations.map((v) => v.clause);
    expect(clauses('Ce crisse de Morin se graisse la patte avec la sablière depuis le début')).toContain('insult');
    expect(clauses('Perron est un inc\u043emp\u00e9tent fini')).toContain('insult');
    expect(clauses('Someone should just torch the equipment at that gravel pit')).toContain('illegal-activity');
    expect(clauses('Embarquez par la porte d’en arrière pendant que le monde débarque, le chauffeur vérifie jamais ta passe')).toContain('illegal-activity');
  });

  it('leaves shows that were "débiles" (great), the Cowboys Fringants and a carnival that "détourne les âmes" out of insults and accusations', () => {
    expect(moderate({ text: 'Les spectacles du FEQ étaient débiles cette année!' }).decision).toBe('keep');
    expect(moderate({ text: 'L’hommage aux Cowboys Fringants était magnifique' }).decision).toBe('keep');
    expect(moderate({ text: 'Ma mère a 90 ans et elle sort de l’hôpital, qui peut déneiger sa rampe?' }).decision).toBe('keep');
  });
});

describe('moderate: environmental debates and holidays', () => {
  it('finds tree spiking, "on sait où ils couchent", a divorce told about someone, a call to take down the flag, and "retournez en Afrique"', () => {
    const clauses = (text: string): string[] => moderate({ text }).violations.map((v) => v.clause);
    expect(clauses('Spike the trees. A few nails in every trunk and the loggers will think twice.')).toContain('illegal-activity');
    expect(clauses('Les ingénieurs de la compagnie, j’espère qu’ils ont des bonnes assurances. On sait où ils couchent au motel.')).toContain('aggressive-language');
    expect(clauses('C’est la biologiste Karine Lemieux qui a poussé pour ça, elle vient de divorcer pis elle a plus rien à faire.')).toContain('privacy');
    expect(clauses('Quelqu’un va aller le décrocher cette nuit')).toContain('illegal-activity');
    expect(clauses('Retournez en Afrique si vous êtes pas contents ici')).toContain('discrimination');
  });

  it('leaves a great result, Hag Sameah and a stolen baby Jesus out of insults and accusations', () => {
    for (const text of [
      'Les nématodes fonctionnent bien si on arrose avant pis après, résultat débile!',
      'Hag Sameah à la communauté juive de la région! 🕎',
      'L’an passé des jeunes ont volé le petit Jésus, cette année faudrait le barrer avec une chaîne 😅',
    ]) {
      expect(moderate({ text }).decision, text).toBe('keep');
    }
  });
});

describe('moderate: words reported, not used', () => {
  it('leaves a slur or a threat quoted by the person it was said to, and news of a conviction', () => {
    for (const text of [
      'Mon gars de 10 ans s’est fait crier « retourne dans ton pays » par des ados au parc. À qui signaler ça?',
      'Un gars m’a crié « j’vais te tuer si tu te stationnes encore devant chez nous » hier soir. C’est quoi le numéro de la SQ?',
      'J’ai lu dans le journal que l’ancien entrepreneur d’une municipalité de la région a été reconnu coupable de fraude. La Ville vérifie-t-elle ses contrats?',
      'Quelqu’un a écrit « mange de la marde » à la peinture en aérosol sur la clôture de la piscine, ça serait le fun de l’effacer.',
      'Pour une plainte sur le bruit des travaux c’est le 418 368-2104 à l’hôtel de ville, ils m’ont rappelé le lendemain.',
    ]) {
      expect(moderate({ text }).decision, text).toBe('keep');
    }
  });

  it('finds the same words used: a threat made, cages set before the season, a beach campsite "les patrouilles passent jamais"', () => {
    const clauses = (text: string): string[] => moderate({ text }).violations.map((v) => v.clause);
    expect(clauses('Tell the harbour master I’m gonna knock his teeth out if he tows my truck again.')).toContain('aggressive-language');
    expect(clauses('Moi j’mets mes cages une semaine avant l’ouverture, tout le monde le fait icitte, personne se fait pogner.')).toContain('illegal-activity');
    expect(clauses('Bah, campez sur la plage pareil, les patrouilles passent jamais après 22 h.')).toContain('illegal-activity');
    expect(clauses('Pauvre Marcel Vigneau, i’ a le cancer pis i’ doit aller à Rimouski pour ses traitements.')).toContain('privacy');
  });
});
