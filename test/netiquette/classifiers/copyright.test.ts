import { describe, expect, it } from 'vitest';
import { copyright } from '../../../src/netiquette/index.js';

const positives: readonly string[] = [
  'Le film complet en HD gratuit ici: streamfilm-vf.cc/noel',
  'Regardez le match des Canadiens gratis 👉 hockeylive-hd.to',
  'J’ai filmé le spectacle de clôture au complet, c’est sur ma chaîne',
  'Le livre du club de lecture en PDF complet, gratuit: drive.google.com/file/d/abc',
  'Photoshop version crackée, lien en privé',
  'Tous les films de Noël sur papystreaming, même ceux au cinéma',
  'Article complet pour ceux qui sont pas abonnés: « La Ville annonce une hausse de 3 % des taxes… »',
  'I uploaded the entire concert to my channel, watch before it gets taken down',
  'IPTV 15 000 chaînes, plus besoin de câble',
  'f i l m   c o m p l e t   g r a t u i t  ➡️ voirfilm.site',
  'Torrent de la saison au complet: thepiratebay.org/xyz',
];
const negatives: readonly string[] = [
  'La Frontière écrivait : « Le système de réfrigération de l’aréna a dépassé sa durée de vie utile. » L’article complet est sur leur site, je vous invite à le lire là-bas. Ça explique la fermeture d’avril, qui est nécessaire si on veut éviter un bris en janvier en pleine saison de hockey mineur pour les jeunes. Est-ce que la Ville a prévu une solution pour les écoles qui utilisent la glace le matin?',
  'Le film de vendredi à la bibliothèque était super',
  'Le ciné-famille à la bibliothèque est gratuit samedi',
  'Le spectacle de samedi est complet, dommage',
  'Voici le lien de l’article du journal: lechoabitibien.ca/budget-2026',
  'Merci de diffuser la séance du conseil en direct',
  'Mon compte Facebook a été piraté, ne cliquez pas sur mes messages',
  'Le fichier PDF du calendrier de collecte ne s’ouvre pas',
];

describe('copyright', () => {
  it.each(positives)('flags %s', (text) => {
    expect(copyright({ text })?.clause).toBe('copyright');
  });
  it.each(negatives)('keeps %s', (text) => {
    expect(copyright({ text })).toBeNull();
  });
});

describe('copyright: a report passed around on a drive', () => {
  it('reads a full report downloaded and re-shared on a file host as a copy', () => {
    expect(copyright({ text: 'Le reportage complet de TVA sur notre grève, je l’ai téléchargé pis remis sur mon Drive pour ceux qui ont pas l’abonnement : drive.google.com/file/d/1abc' })?.clause).toBe('copyright');
    expect(copyright({ text: 'Le reportage complet est sur leur site, allez le lire' })).toBeNull();
  });
});
