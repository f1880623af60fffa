import { describe, expect, it } from 'vitest';
import { illegalActivity } from '../../../src/netiquette/index.js';

const positives: readonly string[] = [
  'Crevez les pneus des déneigeuses, ça va leur apprendre',
  'Vos vieux pneus, garrochez-les dans le bois derrière l’aréna, la ville verra rien',
  'Faites comme moi, soufflez votre neige dans la rue',
  'Moi je fais un feu pareil ce soir, personne va venir vérifier',
  'Deux bières c’est correct pour conduire, y’a jamais de barrage',
  'Payez le plombier au noir, ça paraît pas sur l’évaluation',
  'Le truc c’est de pas déclarer ta piscine',
  'Les cônes sur la 2e Rue, on devrait les ramasser une nuit 😂',
  'Roulez à 80 dans la zone scolaire, y’a jamais de police le matin',
  'Just park in the fire lane, nobody checks',
  'Selling weed, cheap, delivery in town',
  'Si la gratte bloque ton entrée, crève-lui un pneu',
  'Ouvrez la borne-fontaine la nuit, c’est gratis pour remplir la piscine',
  'Go around the barriers on the bridge at night, there is no one around to stop you',
  'On saute la clôture de la piscine après la fermeture, y’a personne qui surveille',
  'Semez des clous sur la rue devant le dépanneur, ça va les ralentir',
  'Quelqu’un peut nous acheter de la bière samedi? on a 15 ans',
  'Moi je pellete ma neige dans la rue la nuit, personne me voit. Faites pareil',
  'Pro tip: a bit of slush on your plate and the ticket guy can’t read it',
  'qqn a le numéro d’un dealer dans le coin? plus de beuh pour la fin de semaine',
  'Mon oncle fait des faux permis, écrivez-moi',
  'Dites que vous êtes séparés même si vous restez ensemble, vous touchez plus d’allocations et personne vérifie',
  'Rouler sans permis ici ça passe, les flics sont jamais là la nuit',
  'Le monde devrait arrêter de payer leurs taxes tant que la Ville aura pas mis des sauveteurs',
  'tip: la clôture du parc se saute facile, on se baigne gratis la nuit',
  'screenshot la passe de ton chum pis montre-la au chauffeur, y regarde jamais la date',
  'apportez votre fort dans des bouteilles d’eau, la sécurité check jamais',
  'pour ceux qui ont pas 18 ans, je peux vous fournir du pot',
  'Moi j’apporte ma flasque de caribou pis je chauffe pour revenir après, c’est la tradition',
  'Y a plein de stock pas brûlé dans la cour, ce soir c’est magasinage gratuit',
  'Interdiction de feux? Faites-les pareil, personne vient vérifier dans le rang 8',
  'Easy fix: take cash, skip the CITQ number, they’ll never prove a thing',
  'Drive home after the beers, no cops out there tonight',
  'Just light your campfire anyway, SOPFEU won’t patrol the campground',
];
const negatives: readonly string[] = [
  'C’est interdit de jeter vos vidanges dans le fossé',
  'Quelqu’un a jeté un divan dans le fossé du rang 8, c’est dégueulasse',
  'Est-ce qu’on peut faire un feu dans la cour ce soir?',
  'Après deux bières, prenez un taxi, pas votre char',
  'La ville devrait enlever les cônes sur la 2e Rue',
  'Vous pouvez laisser vos encombrants au bord du chemin le 15 mai',
  'Il roulait à 90 dans la zone scolaire, la police devrait faire quelque chose',
  'Les SQDC vendent du cannabis légal, c’est mieux que la rue',
  'Passez par la 3e Avenue pendant les travaux, c’est plus rapide',
  'Le conseiller a parlé des pots-de-vin dans le dossier de Laval aux nouvelles',
  'Y’a personne qui surveille les jeunes au parc le soir, c’est inquiétant',
  'Mon fils de 16 ans a acheté de la bière sans alcool pour le party',
  'Est-ce qu’on a le droit de pelleter sa neige dans la rue? Mon voisin le fait tout le temps',
  'Je vais aller porter mes vieux pneus à l’écocentre samedi',
  'Le dealer d’autos usagées sur la 111 a fermé',
  'Le mur de graffitis légal au skatepark est vraiment beau, bravo aux artistes',
  'Je vais le redire tant que personne va m’écouter au conseil',
];

describe('illegal-activity', () => {
  it.each(positives)('flags %s', (text) => {
    expect(illegalActivity({ text })?.clause).toBe('illegal-activity');
  });
  it.each(negatives)('keeps %s', (text) => {
    expect(illegalActivity({ text })).toBeNull();
  });
});

describe('illegal-activity: the arena and the container', () => {
  it('finds bets for money, beer in the stands, a hydrant, a store’s container and disabled spots', () => {
    for (const text of [
      'Je prends les gageures sur la finale bantam, 20 $ minimum, envoyez ça par Interac',
      'Amenez vos caisses de bière dans les estrades pour la finale, les gardiens disent jamais rien',
      'Si la ville veut pas arroser la patinoire, on va l’arroser nous-mêmes la nuit avec la borne-fontaine du coin',
      'Mettez vos vieux matelas dans le conteneur en arrière de l’église la nuit, c’est ce que tout le monde fait',
      'Stationnez-vous dans les places pour handicapés devant l’hôtel de ville, y a jamais de contrôle l’hiver',
    ]) {
      expect(illegalActivity({ text })?.clause, text).toBe('illegal-activity');
    }
  });

  it('leaves a joke bet and a full container alone', () => {
    for (const text of ['Je prends les paris que ça sera pas fini en novembre', 'Le conteneur de l’école déborde encore']) {
      expect(illegalActivity({ text }), text).toBeNull();
    }
  });
});

describe('illegal-activity: housing and festival nights', () => {
  it('finds squatting, an illegal eviction, an unpermitted rental, drunk driving home and street drugs', () => {
    for (const text of [
      'Y’a 12 logements vides dans le bloc abandonné. Squattez-les, c’est pas les proprios qui vont les habiter.',
      'Si ton locataire paye pas, change les serrures pendant qu’il est au travail pis sors ses affaires.',
      'Just run your Airbnb without the permit, the city has like one inspector, they’ll never catch you.',
      'Après le show prenez le rang 4, y a jamais de police là, vous pouvez rentrer chauds sans problème',
      'Quelqu’un sait où choper de la beuh pendant le festival?',
      'Just park your RV on the beach at the marina, they never ticket after 10 pm',
    ]) {
      expect(illegalActivity({ text })?.clause, text).toBe('illegal-activity');
    }
  });

  it('leaves a landlord who changed the locks, legal cannabis and a reported fine alone', () => {
    for (const text of ['Mon proprio a changé les serrures sans nous avertir, est-ce légal?', 'Où acheter du cannabis légal? La SQDC?', 'Le voisin a eu une amende pour son Airbnb, la Ville fait son travail']) {
      expect(illegalActivity({ text }), text).toBeNull();
    }
  });
});

describe('illegal-activity: forged proof of vaccination, a fire "pareil"', () => {
  it('finds a fake vaccine card and a fire lit anyway with "la SOPFEU passera pas"', () => {
    for (const text of [
      'If you don’t want the shot just buy a fake vaccine card online, takes 2 minutes and nobody checks',
      'Y’a une interdiction de feux mais faites votre feu de camp pareil en soirée, la SOPFEU passera pas dans le rang',
    ]) {
      expect(illegalActivity({ text })?.clause, text).toBe('illegal-activity');
    }
    expect(illegalActivity({ text: 'Merci pour l’info. Suggestion : faites un aimant de frigo, mes parents vont pas sur Internet.' })).toBeNull();
  });
});

describe('illegal-activity: the rang and the strike', () => {
  it('finds jacklighting, hunting out of season, shooting from the road, a carcass in the ditch, a blockade and sabotage', () => {
    for (const text of [
      'Chassez à la lumière le soir, l’orignal fige dans les phares',
      'Le chevreuil est en masse dans mon champ en août, pas besoin d’attendre l’ouverture, personne va le savoir',
      'Les coyotes, tirez-les du chemin avec une .22 quand ils traversent le soir',
      'Quand une vache crève, creusez un trou dans le fossé au bout du champ pis c’est réglé',
      'Just light your brush pile after dark, the fire ban’s a joke and nobody checks out here.',
      'Tout le monde au garage municipal demain 5 h, on bloque l’entrée avec nos chars',
      'Un peu de sucre dans les réservoirs pis les camions des scabs rouleront pu',
      'Allez tous porter vos sacs de vidanges devant chez le maire ce soir',
    ]) {
      expect(illegalActivity({ text })?.clause, text).toBe('illegal-activity');
    }
  });

  it('leaves a hunter asking about the season and a blocked road alone', () => {
    for (const text of ['C’est quand l’ouverture de la chasse à l’orignal cette année?', 'La route est bloquée par la neige, faites attention']) {
      expect(illegalActivity({ text }), text).toBeNull();
    }
  });
});
