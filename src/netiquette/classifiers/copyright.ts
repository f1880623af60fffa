import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { findLinks, firstSpans, gatedMatches, isPublicHost, spacedMatches, type TextSpan } from './helpers.js';

// Protected works people share without the rights (folded text).
const WORK_RE =
  /\b(?:films?|movies?|series?|episodes?|saisons?|seasons?|matchs?|games?|spectacles?|shows?|concerts?|livres?|books?|audiobooks?|albums?|chansons?|songs?|musique|music|jeux|jeu|logiciels?|software|windows|office|photoshop|chaines|channels|articles?|chroniques?|manuels?|guides?|partitions?|paroles|lyrics|cartes? (?:topographiques?|routieres?)|photos|pdf|mp3|documentaires?|docu|ebooks?|bd|mangas?|magazines?|revues?)\b/gu;
// Access without paying the rightholder.
const FREE_RE =
  /\b(?:gratuit\w*|gratis|free|for free|sans (?:payer|abonnement|inscription|pub|frais)|pas besoin (?:de payer|d['’]?\s?abonnement|de cable|du cable|de vous deplacer|de vous abonner)|no (?:cable|sign ?up|subscription|account) ?(?:needed|required)?|(?:pas le gout|pas envie) de payer|que vous (?:la|le|les) payiez pas|pour pas (?:la |le |les )?payer|without paying|(?:vous|tu) payez? (?:pas|rien))\b/gu;
// The whole work, not an excerpt.
const FULL_RE = /\b(?:au complet|en entier|en totalite|integral(?:e|ement)?|complete?s?|the whole|entire|full|\d+ pages)\b/gu;
// The writer copies, records or hands it out.
const SHARE_RE =
  /\b(?:je (?:l['’]?\s?|la |le |les |vous (?:le |la |les )?)?(?:ai )?(?:mis|mets|met|partage|colle|copie|filme|enregistre|scanne|photocopie|telecharge|upload\w*)|(?:je|j['’]?\s?) ?(?:l['’]?\s?|les? |la )?ai (?:mis|filme|enregistre|scanne|photocopie|copie|colle|telecharge|partage)|mis en ligne|voici|here['’]?s|sur ma (?:chaine|page)|on my (?:channel|page|drive)|dans les commentaires|en commentaires?|uploaded|i (?:uploaded|posted|recorded|copied|scanned|ripped)|je peux vous en faire une copie|en photos? une page)\b/gu;
// Pirated copies, cracked software, watermarks removed, rips.
const PIRATE_RE =
  /\b(?:pirate[es]?s?|pirated|crackee?s?|cracked|crack|keygen|warez|torrents?|magnet:|dvdrip|bluray rip|hdrip|camrip|ripped|rip|(?:enleve|enlever|retire|removed?) (?:le |the )?(?:filigrane|watermark)|sans (?:le )?filigrane)\b/gu;
// Pasting a paid article: "article complet pour ceux qui sont pas abonnés", "behind a paywall".
const ARTICLE_RE =
  /\b(?:article|chronique|texte|reportage|column|story)\b[^.!?\n]{1,60}?\b(?:complet|integral|en entier|au complet|copie|colle|pas abonnes|pas (?:d|l)['’]?\s?abonnement|payer pour le lire|paywall)|\b(?:full article|full story|full text|texte integral|texte complet|article complet|copie l['’]?\s?article|paywall(?:ed)?)\b/gu;
// Live re-broadcast of a paid show and dodging takedowns.
const REBROADCAST_RE =
  /\ben direct sur (?:ma|mon) (?:page|chaine|compte|profil)\b|\blive on my (?:page|channel)\b|\bje (?:le |la |les )?filme au complet\b|\bavant qu[e'’]?\s?(?:ils|ca|on|elle) (?:l['’]?\s?enlevent|(?:le |la )?(?:bloque|enleve|retire|supprime)|soit (?:bloque|enleve|retire|supprime))|\bbefore (?:it gets|they take it) (?:taken )?(?:down|removed|deleted|blocked)\b|\b(?:the band|l['’]?\s?artiste|le groupe) (?:doesn['’]?t|ne le sait pas|le sait pas)\b/gu;
const IPTV_RE = /\biptv\b|\b\d+\s?0{3} chaines\b|\bplus besoin (?:de|du) cable\b|\bno cable needed\b/gu;
// On the folded text (lower case, no accents), behind the literal pre-filter with the others.
const POINTS_TO_SOURCE_RE = /\b(?:est sur (?:leur|le|son) site|sur le site (?:de|du|d['’])|je vous invite a (?:le|la) lire|lisez[-\s](?:le|la) sur|allez (?:le|la) lire|read it (?:on|at)|(?:is|it['’]?s) on their (?:site|website)|link to the article|lien vers l['’]?\s?article)/u;
const NOTICE_RE = /©|\(c\)\s?\d{4}|tous droits reserves|all rights reserved|reproduction interdite/gu;
// Host names of streaming, torrent and download sites.
const STREAM_HOST_RE = /stream|film|movie|serie|watch|voir|torrent|pirate|iptv|1337x|yts|rarbg|123|putlocker|soap2day|coflix|wiflix|libgen|zlib/u;
const SPORT_HOST_RE = /(?:sport|hockey|nhl|nba|nfl|foot|match|game).*(?:live|hd|free|stream|tv)|(?:live|hd|free|stream|tv).*(?:sport|hockey|nhl|nba|nfl|foot|match|game)/u;
const FILE_HOSTS = /(?:^|\.)(?:mega\.nz|mega\.co\.nz|mediafire\.com|wetransfer\.com|drive\.google\.com|docs\.google\.com|dropbox\.com|1fichier\.com|rapidgator\.net|uptobox\.com|zippyshare\.com|imgur\.com|t\.me|dailymotion\.com|scribd\.com)$/u;
const SPACED_NEEDLES = ['filmcomplet', 'fullmovie', 'filmgratuit', 'streaminggratuit', 'telechargementgratuit', 'freemovie', 'filmsgratuits'];

// The patterns above behind a literal pre-filter (one pass over the folded text).
const GATED = gatedMatches([WORK_RE, FREE_RE, FULL_RE, SHARE_RE, PIRATE_RE, REBROADCAST_RE, IPTV_RE, ARTICLE_RE, NOTICE_RE]);

function detect(context: ClassifierContext): Draft | null {
  const matches = GATED(context.text);
  const { text, policy } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const add = (weight: number, spans: readonly TextSpan[]): void => {
    if (spans.length === 0) return;
    weights.push(weight);
    evidence.push(...spans);
  };
  for (const hit of context.hits('piracy')) add((hit.entry.weight ?? 1) * 0.85, [evidenceOf(hit, text)]);
  add(0.85, spacedMatches(text, SPACED_NEEDLES));
  const works = matches(WORK_RE);
  const free = matches(FREE_RE);
  const full = matches(FULL_RE);
  const share = matches(SHARE_RE);
  const urls = findLinks(text.original).filter((u) => !isPublicHost(u.host, policy.contacts.publicDomains));
  const hasWork = works.length > 0;
  for (const url of urls) {
    const name = url.host.replace(/\.[a-z]+$/u, '');
    if (STREAM_HOST_RE.test(name) || SPORT_HOST_RE.test(name)) add(hasWork || free.length > 0 ? 0.9 : 0.6, [url]);
    else if (FILE_HOSTS.test(url.host) && hasWork) add(0.6, [url]);
  }
  const pirate = matches(PIRATE_RE);
  if (pirate.length > 0 && (hasWork || share.length > 0 || urls.length > 0)) add(0.85, pirate);
  if (hasWork && free.length > 0 && (urls.length > 0 || share.length > 0)) add(0.8, [...works.slice(0, 1), ...free]);
  if (hasWork && full.length > 0 && share.length > 0) add(0.75, [...full, ...share.slice(0, 1)]);
  add(0.85, matches(REBROADCAST_RE));
  add(0.85, matches(IPTV_RE));
  // A whole article pasted (not a link to it): quoted or long, and said to be complete.
  const article = matches(ARTICLE_RE);
  const notices = matches(NOTICE_RE);
  // "L'article complet est sur leur site": the writer sends readers to the source instead.
  const pointsToSource = POINTS_TO_SOURCE_RE.test(text.folded);
  if (article.length > 0 && !pointsToSource && (text.original.length >= 350 || /[«“"]/u.test(text.original) || notices.length > 0)) add(0.85, article);
  // "Le reportage complet…, je l'ai téléchargé pis remis sur mon Drive": a copy passed around.
  else if (article.length > 0 && !pointsToSource && share.length > 0 && urls.some((u) => FILE_HOSTS.test(u.host))) add(0.85, [...article, ...share.slice(0, 1)]);
  const span = notices[0];
  if (span) {
    if (text.original.length >= 600) add(0.8, [span]);
    else if (hasWork && (full.length > 0 || share.length > 0)) add(0.7, [span]);
  }
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence: firstSpans(evidence) };
}

/**
 * `copyright` (La Sarre §5.5, §9): sharing a protected work without the rights — links to
 * streaming, torrent or file-sharing sites for films, matches, books or software, "film
 * complet gratuit", cracked or pirated copies, a show filmed or re-broadcast in full, a paid
 * article pasted whole. Linking to an article, or talking about a free city screening, is fine.
 *
 * @example
 * ```ts
 * copyright({ text: 'Le film complet gratuit ici: fmovies.to/watch/123' })?.clause; //=> 'copyright'
 * copyright({ text: 'J’ai filmé le spectacle au complet, c’est sur ma chaîne' })?.clause; //=> 'copyright'
 * copyright({ text: 'Le film de vendredi à la bibliothèque était super' }); //=> null
 * copyright({ text: 'Le ciné-famille à la bibliothèque est gratuit samedi' }); //=> null
 * ```
 */
export const copyright = defineClassifier('copyright', detect);
