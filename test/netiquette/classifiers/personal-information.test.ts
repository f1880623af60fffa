import { describe, expect, it } from 'vitest';
import { personalInformation } from '../../../src/netiquette/index.js';

const positives: readonly [string, string][] = [
  ['Le voisin qui pellette dans la rue, son cell c’est 819-555-0123', '819-555-0123'],
  ['Appelez ma tante au (873) 555 0190 si vous trouvez son chien', '(873) 555 0190'],
  ['son numéro: 8 1 9 5 5 5 0 1 7 7', '8 1 9 5 5 5 0 1 7 7'],
  ['texte Jo au huit-un-neuf cinq-cinq-cinq zéro-deux-trois-quatre', 'huit-un-neuf cinq-cinq-cinq zéro-deux-trois-quatre'],
  ['+1 819 555 0164 c’est le numéro du gars', '+1 819 555 0164'],
  ['écrivez à julie.tremblay77@gmail.com pour la liste', 'julie.tremblay77@gmail.com'],
  ['son courriel: marc_roy [at] hotmail [dot] com', 'marc_roy [at] hotmail [dot] com'],
  ['C’est la maison au 245, rue des Pins qui laisse ses bacs au chemin', '245, rue des Pins'],
  ['Le gars du 18, 3e Avenue Ouest a encore laissé son chien dehors', '18, 3e Avenue Ouest'],
  ['The guy at 42 Maple Street never clears his sidewalk', '42 Maple Street'],
  ['Ma mère reste à J9Z 1K4, la collecte a pas passé', 'J9Z 1K4'],
  ['mon NAS est 046 454 286 pour le dossier', '046 454 286'],
  ['sa carte soleil: TREM 8503 1512', 'TREM 8503 1512'],
  ['Le pick-up plaque FGH 482 se stationne sur le trottoir', 'FGH 482'],
  ['Mon fils Noah, né le 14 février 2016, veut s’inscrire au soccer', 'né le 14 février 2016'],
];
const negatives: readonly string[] = [
  'La vente des licences de chien, c’est toujours au 201, rue Principale?',
  'Appelez la Ville au 819-333-2282 ou écrivez à info@ville.lasarre.qc.ca',
  'L’hôtel de ville, c’est au 6, 4e Avenue Est?',
  'La gratte est pas passée sur la 8e Avenue depuis trois jours',
  'La route 393 est fermée entre le rang 2 et le rang 4',
  'Mon numéro de requête est 240315-0087 et pas de suivi',
  'Le compte de taxes est passé de 2 847 $ à 2 931 $',
  'La collecte des encombrants est le 15 mai entre 7 h et 17 h',
  'Le budget 2026 est de 24,8 M$',
  'Déneigement Lachance, soumission gratuite au 819-555-0187', // a business's own number is spam
  'Full movie free in HD 👉 watchfree-moviez.net',
];

describe('personal-information', () => {
  it.each(positives)('flags %s', (text, span) => {
    const finding = personalInformation({ text });
    expect(finding?.clause).toBe('personal-information');
    expect(finding?.evidence.map((e) => e.text)).toContain(span);
  });
  it.each(negatives)('keeps %s', (text) => {
    expect(personalInformation({ text })).toBeNull();
  });
  it('rejects a nine-digit number that fails the Luhn check', () => {
    expect(personalInformation({ text: 'mon NAS est 123 456 789' })).toBeNull();
  });
});

describe('personal-information: a public building’s postal code', () => {
  it('leaves city hall’s postal code alone, and flags a resident’s', () => {
    expect(personalInformation({ text: 'Le comptoir de taxation c’est à l’hôtel de ville, 13, 5e Avenue Est, J9Z 1K7. Ouvert en semaine' })).toBeNull();
    expect(personalInformation({ text: 'Mon code postal c’est J9Z 2K4, je reste sur la 3e' })?.clause).toBe('personal-information');
  });
});
