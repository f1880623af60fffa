import { firstAtOrAfter, foldedOffset } from '../../text/normalize.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { findLinks, firstSpans, gatedMatches, spacedMatches, type TextSpan } from './helpers.js';

const NOUN_RE = /\bpetitions?\b/gu;
const SIGN_WORDS: ReadonlySet<string> = new Set(['signez', 'signer', 'sign']);
// Asking others to sign, in French and English.
const CALL_RE =
  /\b(?:signez|signe[sz]?[-\s]la|allez (?:la )?signer|venez (?:la )?signer|faites[-\s](?:la )?signer|faut (?:la )?signer|pouvez (?:la )?signer|devriez (?:la )?signer|invite a (?:la )?signer|please sign|go sign|sign (?:it|this|here|now|today|our|the)|should sign|(?:passez|venez|allez)\s(?:[\w'’]+\s){0,3}?signer|add your names?|ajoutez votre nom|mettez votre nom|ecrivez votre nom)\b/gu;
// "Signez et partagez", "sign and share": the organiser's call.
const SHARE_CALL_RE = /\b(?:sign(?:ez)?,? (?:et|pis|and|&) (?:partagez|share)|(?:partagez|share),? (?:et|pis|and|&) sign(?:ez)?|signez,? partagez)\b/gu;
// Signing (or having signed) a petition, whoever does it.
const SIGNED_PETITION_RE = /\bsign(?:ez|er|e|ee|es|ees|ons|ent|ed|ing|erais|erait)?\s(?:[\w'’]+\s){0,2}?(?:la |une |cette |notre |ma |sa |the |this |our |a |it )?petitions?\b/gu;
// "J'ai signé", "I signed it", "on a tous signé" — said to the others reading.
const I_SIGNED_RE =
  /\b(?:j['’]?\s?ai|on a|nous avons|i|we|i['’]ve|we['’]ve|i have|we have|moi aussi j['’]?\s?ai)\s(?:deja\s|already\s|tous\s|toutes\s|just\s)?sign(?:e|ee|es|ees|ed)\b(?=\s?(?:$|[.!,;👍✍🙏💪]|la\b|sa |it\b|this|that|too|aussi|hier|ce matin|pis|et |and |pour (?:demander|exiger|que|qu|sauver|garder|bloquer|arreter)|for (?:a|an|the)\b))/gu;
// "Signed it. Everybody should too."
const SIGNED_IT_RE = /(?:^|[.!?]\s*)signed (?:it|mine)\b/gu;
const WOULD_SIGN_RE = /\b(?:je (?:la |le )?signerais|i['’]?d sign|je signe tout de suite)\b/gu;
// Organisers counting signatures: "on est rendus à 640 signatures", "we need 500 more signatures"
// (a past petition that "avait plus de 1 200 noms" is a report).
const COUNT_RE =
  /\b(?:rendus?|rendues?|on est a|deja|already|we need|besoin de|il (?:en )?manque|manque juste|objectif de|goal of|(?<!\b(?:avait|had|comptait|recueilli|obtenu|got) )(?:plus de|more than)|\d+ more)\b[^.!?\n]{1,30}\b(?:signatures|noms|names)\b|\b(?:veut|want)\b[^.!?\n]{1,30}\bsignatures\b|\bbesoin de vos signatures\b|\bchaque signature compte\b|\bevery signature counts\b/gu;
// Calling for a petition to be started or joined.
const START_RE =
  /\b(?:ca prend|faut|faudrait|on devrait|lancons|lancer|partir|start|starting|let['’]?s start|je lance|j['’]?\s?ai lance|mon (?:pere|fils|chum) l['’]?\s?a lancee)\s(?:faire\s|lancer\s|partir\s)?(?:une |a )?(?:petite\s)?petition\b|\b(?:il y a|y['’]?\s?a|there['’]?s|there is)\s(?:une|a)\s(?:petite\s)?petition\s(?:qui (?:circule|tourne)|going around|papier|en ligne|au |a la |chez |online)|\bformulaire de petition\b|^\W*(?:petite\s)?petition\b/gu;
const PETITION_HOST_RE = /(?:^|\.)(?:change\.org|chng\.it|avaaz\.org|ipetitions\.com|petitions\.ourcommons\.ca|leadnow\.ca)$|assnat\.qc\.ca/u;
const PROCEDURE_RE = /^\W*(?:comment|how|faut-il|faut il|peut-on|peut on|est-ce|est ce|quelles?|quels?|what|is there|do we|can we|can i|combien|ou |where|qui peut|a qui)/u;

/** Whether every span lies in a question about procedure ("Comment déposer une pétition?"). */
function onlyProcedureQuestions(context: ClassifierContext, spans: readonly Evidence[]): boolean {
  const { folded } = context.text;
  // Sentences of the folded text, and which of them ask how petitions work.
  const bounds: number[] = [];
  const asking: boolean[] = [];
  let from = 0;
  for (let i = 0; i <= folded.length; i += 1) {
    if (i < folded.length && !'.!?\n'.includes(folded[i] ?? '')) continue;
    const sentence = folded.slice(from, i + 1);
    bounds.push(i + 1);
    asking.push(sentence.trimEnd().endsWith('?') && PROCEDURE_RE.test(sentence.trimStart()));
    from = i + 1;
  }
  return spans.every((span) => {
    const at = foldedOffset(context.text, span.start);
    return asking[firstAtOrAfter(bounds, at + 1)] ?? false;
  });
}

const OTHER_PAPER_RE = /\b(?:registre|contrat|bail|entente|papiers|cheque|consentement|inscription)\b/u;

// The patterns above behind a literal pre-filter (one pass over the folded text).
const GATED = gatedMatches([NOUN_RE, CALL_RE, SHARE_CALL_RE, SIGNED_PETITION_RE, I_SIGNED_RE, SIGNED_IT_RE, WOULD_SIGN_RE, COUNT_RE, START_RE]);

function detect(context: ClassifierContext): Draft | null {
  const matches = GATED(context.text);
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const add = (weight: number, spans: readonly TextSpan[]): void => {
    if (spans.length === 0) return;
    weights.push(weight);
    evidence.push(...spans);
  };
  const nouns = matches(NOUN_RE);
  const hasNoun = nouns.length > 0;
  for (const hit of context.hits('petition')) {
    if (hit.entry.tag === 'noun') continue;
    add(hit.entry.weight ?? 0.9, [evidenceOf(hit, text)]);
  }
  add(0.9, spacedMatches(text, ['signezlapetition', 'signerlapetition', 'signthepetition', 'petition']));
  // "S.i.g.n.e.z la petition", "allez s1gn3r": the call disguised, the noun as written.
  if (hasNoun) {
    add(0.9, spacedMatches(text, [...SIGN_WORDS]));
    add(0.9, text.tokens.filter((t) => SIGN_WORDS.has(t.bare) && t.text.toLowerCase() !== t.bare).map((t) => ({ start: t.start, end: t.end, text: t.text })));
  }
  // Without the word, signing a register, a lease or a form is not a petition.
  const calls = matches(CALL_RE);
  const otherPaper = calls.length > 0 && !hasNoun && OTHER_PAPER_RE.test(text.folded);
  add(hasNoun ? 0.9 : otherPaper ? 0.3 : 0.6, calls);
  add(0.9, matches(SHARE_CALL_RE));
  add(0.9, matches(SIGNED_PETITION_RE));
  add(0.8, matches(I_SIGNED_RE));
  add(hasNoun ? 0.8 : 0.6, matches(SIGNED_IT_RE));
  add(hasNoun ? 0.7 : 0.4, matches(WOULD_SIGN_RE));
  add(hasNoun ? 0.8 : 0.6, matches(COUNT_RE));
  add(0.75, matches(START_RE));
  for (const link of findLinks(text.original)) {
    if (PETITION_HOST_RE.test(link.host) || /petition|signature/iu.test(link.text)) add(0.9, [link]);
    else if (weights.length > 0) add(0.4, [link]);
  }
  if (weights.length === 0) return null;
  if (hasNoun) add(0.35, nouns);
  // Asking how petitions work is not a call to sign one.
  const asks = onlyProcedureQuestions(context, evidence);
  const site = evidence.some((span) => PETITION_HOST_RE.test(span.text.toLowerCase()) || /change\.?\s?org|avaaz/iu.test(span.text));
  if (asks && !site) return null;
  return { confidence: combine(weights), evidence: firstSpans(evidence) };
}

/**
 * `petition` (La Sarre §5.5): signing a petition or calling others to sign one — "signez la
 * pétition", "j'ai signé", "sign and share", signature counts from the organisers, petition
 * sites (change.org, Avaaz, the Assemblée nationale). Mentioning a petition, or asking how to
 * file one, is not a call to sign.
 *
 * @example
 * ```ts
 * petition({ text: 'Signez la pétition pour garder la piscine ouverte! change.org/piscine' })?.clause; //=> 'petition'
 * petition({ text: 'J’ai signé 👍' })?.clause; //=> 'petition'
 * petition({ text: 'Comment déposer une pétition au conseil?' }); //=> null
 * petition({ text: 'Le maire a signé l’entente avec le ministère' }); //=> null
 * ```
 */
export const petition = defineClassifier('petition', detect);
