import { describe, expect, it } from 'vitest';
import { spam } from '../../../src/netiquette/index.js';

// Written for these tests: ads, solicitation and scams in the wordings Québec residents see,
// with evasions, and comments that only look commercial.
const positives: readonly string[] = [
  'Pompes submersibles en stock, 289$ taxes incluses, Pompage Rivard 819-555-4417',
  'Dispo pour déneigement cet hiver, 819-555-7781 demandez Jocelyn',
  'Déneigement Bouchard, contrats résidentiels à partir de 390 $, appelez au 819-555-0144',
  'Besoin d’un paysagiste? Soumission gratuite, textez-nous au 819 555 0111',
  'Je fais du ménage à domicile, 10 ans d’expérience, écrivez-moi en privé',
  'jvend des billets pour le show de samedi, ecrivez moi en pv',
  'Gagnez 400 $ par semaine de la maison, aucune expérience requise! Écrivez-moi',
  'Qui veut perdre 15 lbs avant l’été? DM moi 💪',
  'Rejoignez ma team, devenez votre propre boss 💸',
  'CONCOURS: aimez notre page, partagez cette publication et identifiez 2 amis pour gagner une carte-cadeau!',
  'Félicitations, vous avez été sélectionné! Réclamez votre prix ici: prix-canada.top',
  'Venez nous voir à la Boutique Nordik, 30 % de rabais sur les manteaux cette fin de semaine',
  'Visitez mon site www.bijoux-abitibi.ca, code promo NOEL15',
  'I’m a local mortgage broker, best rates in town, message me for a free quote',
  'Make $300 a day from home with crypto signals, ask me how 👉 whatsapp',
  'Check out my Etsy shop, link in bio 🎄',
  'G a g n e z 500 $ par jour avec la cryp​to, écrivez-moi en privé',
  'Déneigement résidentiel Les Entreprises Ouellet, contrat pour la saison 425 $, appelez-nous au 819-555-0163',
  'Transport Gervais & Fils ramasse vos encombrants pour 40 $ la semaine, 819-555-0172',
  'Grand marabout voyant médium : retour de l’être aimé en 3 jours, résultat garanti, WhatsApp +33 7 00 00 00 00',
  'Ramonage et nettoyage de gouttières, devis gratuit, écrivez-nous en privé',
  'J’ai parti un GoFundMe pour la famille, donnez ce que vous pouvez: gofundme.com/f/aide-famille',
  'Wow amazing project!! Check my profile for exclusive offers 💸',
  'Climatiseurs portatifs à 299$ livrés aujourd’hui! Appelez Steve au 819-555-0187',
];
const negatives: readonly string[] = [
  'Ma réparation de pneu m’a coûté 412,87 $ taxes incluses, la réclamation à la Ville a pris deux mois',
  'À 2 $ de l’heure et 60 $ par mois, le stationnement au centre-ville va faire fuir le monde',
  'Attention, des faux comptes écrivent « Gagnez un week-end gratuit » sous les publications, cliquez pas, c’est une arnaque',
  'Osti que c’était cheap cette année, 8 minutes de feux d’artifice',
  'Est-ce que la collecte passe lundi?',
  'Mon chat est perdu près de la 7e Avenue, si vous le voyez écrivez-moi',
  'Pour une plainte, appelez la Ville au 819-333-2282',
  'Est-ce qu’il reste des places pour le camp de jour?',
  'Le concours de photos de la Ville finit quand?',
  'Le contrat de déneigement a coûté 2 M$ cette année, c’est beaucoup',
  'Where can I buy the dog tag, city hall only?',
  'J’ai écrit à la Ville en message privé et pas de réponse depuis deux semaines',
  'La maison du coin est à vendre depuis un an',
  'Le ciné-famille est gratuit samedi à la bibliothèque, merci!',
  'Le Resto Chez Ti-Oui était plein après le spectacle, belle soirée',
  'Mon contrat pour la saison m’a coûté 450 $, c’est rendu cher le déneigement',
  'Les Entreprises du coin ont donné pour la guignolée, merci à eux',
  'Je suis sauveteuse à la piscine cet été, venez nous voir, on est chill',
  'If any seniors need their walk shovelled, shoot me a message, no charge, just being neighbourly',
];

describe('spam', () => {
  it.each(positives)('flags %s', (text) => {
    expect(spam({ text })?.clause).toBe('spam');
  });
  it.each(negatives)('keeps %s', (text) => {
    expect(spam({ text })).toBeNull();
  });
  it('points at the solicitation and is cited', () => {
    const finding = spam({ text: 'Ménage à domicile, prix d’ami, écrivez-moi en privé' });
    expect(finding?.evidence.some((e) => /écrivez-moi en privé/u.test(e.text))).toBe(true);
    expect(finding?.citation.section).toBeTruthy();
    expect(finding?.decision).toBe('remove');
  });

  it('leaves a lost pet or item with "message me if you see him" alone, and reads dating bots', () => {
    expect(spam({ text: 'Mon chat s’est sauvé hier soir, un tigré orange, if you see him please message me!' })).toBeNull();
    expect(spam({ text: 'Lost my glasses at the IGA parking lot, message me if found!' })).toBeNull();
    expect(spam({ text: 'hot singles in la sarre wanna meet u tonite 💋 click my profile' })?.decision).toBe('remove');
  });
});

describe('spam: chain letters, shop hours, fundraisers', () => {
  it('removes chain letters and hoaxes that ask to be passed on', () => {
    for (const text of [
      'Please forward this to everyone you know: Bill Gates is giving $5,000 to the first 1,000 people who share this post.',
      'Attention! Demain Facebook va rendre vos photos publiques. Copiez-collez ce message sur votre mur.',
      'Type AMEN and share to 7 friends and a miracle will come to your home.',
    ]) {
      expect(spam({ text })?.decision, text).toBe('remove');
    }
    expect(spam({ text: 'Chat perdu sur la 5e, partagez svp!' })).toBeNull();
  });

  it('reads a shop’s hours beside a price and a number as an ad, and hours alone as nothing', () => {
    expect(spam({ text: 'Aiguisage de patins 8 $ chez Sports Lavoie Plus, ouvert jusqu’à 21 h! 819-333-9090' })?.decision).toBe('remove');
    expect(spam({ text: 'L’aréna est ouvert jusqu’à 22 h ce soir?' })).toBeNull();
  });

  it('reads a fundraiser asking for bottles privately as solicitation, and a thank-you as nothing', () => {
    expect(spam({ text: 'Collecte de bouteilles du midget samedi! Écrivez-moi pour qu’on passe les chercher' })?.clause).toBe('spam');
    expect(spam({ text: 'Merci à tous pour la collecte de bouteilles de samedi, on a ramassé 1 200 $!' })).toBeNull();
  });
});

describe('spam: rentals and online shops', () => {
  it('reads a room for rent with a price and a contact, and an artist’s online orders, as ads', () => {
    expect(spam({ text: 'Chambre à louer pr étudiant(e), 450$/m tout inclus, texto au 819-787-3301' })?.decision).toBe('remove');
    expect(spam({ text: 'Artiste peintre de passage, commandes sur mon site www.atelier-lea-roussel.fr, livraison au Canada!' })?.clause).toBe('spam');
    expect(spam({ text: 'Est-ce que le registre municipal liste les logements à louer?' })).toBeNull();
  });
});

describe('spam: income promises and services by text message', () => {
  it('reads "faites 500$ par jour" and a plough offered "texto moi en privé" as solicitation', () => {
    expect(spam({ text: '🔥Faites 500$ par jour de chez vous🔥 DM moi pour info ces pas une arnaque' })?.decision).toBe('remove');
    expect(spam({ text: 'Vous voulez pas attendre la ville? Jai un pickup avec une gratte 40$ l’entrée texto moi en privé' })?.clause).toBe('spam');
  });
});
