import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { findUrls } from './helpers.js';

const PIRATE_HOST_RE = /torrent|piratebay|1337x|yts|rarbg|fmovies|123movies|putlocker|soap2day|gomovies|streamgratuit|iptv|zippyshare|uptobox|megaupload|freemovies|watchfree|streaming/u;
const NOTICE_RE = /©|\(c\)\s?\d{4}|tous droits r[ée]serv[ée]s|all rights reserved|reproduction interdite/iu;

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  for (const hit of context.hits('piracy')) {
    weights.push((hit.entry.weight ?? 1) * 0.85);
    evidence.push(evidenceOf(hit, text));
  }
  for (const url of findUrls(text.original)) {
    if (PIRATE_HOST_RE.test(url.host) || PIRATE_HOST_RE.test(url.text.toLowerCase())) {
      weights.push(0.85);
      evidence.push(url);
    }
  }
  // A whole article pasted: long, with a copyright notice or a byline.
  const notice = NOTICE_RE.exec(text.original);
  if (notice && text.original.length >= 600) {
    weights.push(0.8);
    evidence.push({ start: notice.index, end: notice.index + notice[0].length, text: notice[0] });
  }
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `copyright` (La Sarre §5.5, §9): pirated or full-film links, torrent and illegal streaming
 * sites, whole articles pasted with their copyright notice.
 *
 * @example
 * ```ts
 * copyright({ text: 'Le film complet gratuit ici: fmovies.to/watch/123' })?.clause; //=> 'copyright'
 * copyright({ text: 'Le film de vendredi à la bibliothèque était super' }); //=> null
 * ```
 */
export const copyright = defineClassifier('copyright', detect);
