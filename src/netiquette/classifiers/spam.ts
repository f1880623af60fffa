import { gateFamily } from '../../text/gate.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { SOLICITATION_PATTERNS, type SolicitationPattern } from '../lexicons/solicitation.js';
import { nationalDigits, publicContacts, findPhoneNumbers, findUrls, firstSpans, foldedMatches, isPublicHost, isQuoted, spacedMatches } from './helpers.js';

type Family = SolicitationPattern['family'];

// Families that only add weight to commercial content.
const AMPLIFIERS: ReadonlySet<Family> = new Set(['private', 'channel', 'price']);

// A price written in the text: "425 $", "$399", "20 $ l'assiette".
const PRICE_RE = /(?<![\d.,]\s?)\d[\d\s]*(?:[.,]\d{2})?\s?\$|\$\s?\d+/gu;
// Spaced-out solicitation ("g a g n e z", "d m m o i") rebuilt by the normaliser.
// The opening marks isQuoted() reads; an apostrophe opens a quote only after a space.
const QUOTE_MARKS_RE = /["«“‘‹]|(?:^|\s)'/u;
const SPACED_NEEDLES = ['ecrivezmoi', 'dmmoi', 'dmme', 'gagnez', 'soumissiongratuite', 'crypto', 'bitcoin', 'concours', 'giveaway'];

/** The strongest signal of each solicitation family in a comment, with its evidence (internal). */
export interface SolicitationSignals {
  readonly families: ReadonlyMap<Family, { weight: number; evidence: Evidence[] }>;
  /** Commercial content alone (offers, money, contests, scams, MLM, a business of one's own). */
  readonly content: number;
}

// Solicitation patterns behind a literal pre-filter: most comments need none of them.
const SOLICITATION = gateFamily(SOLICITATION_PATTERNS, (p) => p.re);

// Spam and personal-information both read the signals of the comment in hand: the last one is kept.
let lastSignals: { context: ClassifierContext | undefined; signals: SolicitationSignals | undefined } = { context: undefined, signals: undefined };

/** Reads every solicitation signal of a comment once (shared with personal-information). */
export function solicitationSignals(context: ClassifierContext): SolicitationSignals {
  if (lastSignals.context === context && lastSignals.signals) return lastSignals.signals;
  const { text, policy } = context;
  const families = new Map<Family, { weight: number; evidence: Evidence[] }>();
  // Quotation marks are rare: without any, nothing is quoted.
  const mayQuote = QUOTE_MARKS_RE.test(text.original);
  const add = (family: Family, weight: number, found: readonly Evidence[]): void => {
    if (found.length === 0) return;
    // « Gagnez un week-end gratuit », quoted to warn about it, is not the writer's offer.
    const spans = mayQuote && found.some((s) => isQuoted(text, s.start, s.end)) ? found.filter((s) => !isQuoted(text, s.start, s.end)) : found;
    if (spans.length === 0) return;
    const current = families.get(family);
    if (!current) families.set(family, { weight, evidence: [...spans] });
    else {
      current.weight = Math.max(current.weight, weight);
      current.evidence.push(...spans);
    }
  };
  for (const pattern of SOLICITATION.candidates(text.folded)) add(pattern.family, pattern.weight, foldedMatches(text, pattern.re));
  for (const hit of context.hits('spam')) {
    const family = (hit.entry.tag ?? 'offer') as Family;
    add(family, hit.entry.weight ?? 0.5, [evidenceOf(hit, text)]);
  }
  add('offer', 0.5, spacedMatches(text, SPACED_NEEDLES));
  if (text.original.includes('$')) {
    add('price', 0.3, [...text.original.matchAll(PRICE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
  }
  const publicPhones = publicContacts(policy).phones;
  add('channel', 0.35, findPhoneNumbers(text).filter((p) => !publicPhones.has(nationalDigits(p.text))));
  add('channel', 0.3, findUrls(text.original).filter((u) => !isPublicHost(u.host, policy.contacts.publicDomains)));
  const content = combine(
    [...families].filter(([family]) => !AMPLIFIERS.has(family)).map(([, v]) => v.weight),
  );
  const signals: SolicitationSignals = { families, content };
  lastSignals = { context, signals };
  return signals;
}

/**
 * Whether a comment advertises something of the writer's own (internal): then a phone number
 * or an address in it is the seller's contact, which is `spam`, not a citizen's personal
 * information.
 */
export function isSelfPromotion(context: ClassifierContext): boolean {
  const { families, content } = solicitationSignals(context);
  // An offer with a price and a way to reach the seller is an ad, however mild its wording.
  // A commercial word with a price and a contact, or with a contact alone: the writer's own offer.
  const pricedOffer = content > 0 && families.has('channel');
  return content >= 0.44 || pricedOffer || (families.get('private')?.weight ?? 0) >= 0.7;
}

// Free help, or a lost pet or item: a private message that sells nothing.
const NOTHING_SOLD_RE = /\b(?:if (?:you|anyone|anybody|someone) (?:sees?|finds?) (?:him|her|it|them)|si quelqu['’ ]?un (?:le|la|les) (?:trouve|voit)|si vous (?:le|la|les) voyez|if found|no charge|free of charge|for free|gratuitement|benevolement|pour rien|gratis|happy to help|just being neighbou?rly|entre voisins|sans frais)\b/u;

function detect(context: ClassifierContext): Draft | null {
  const { families, content } = solicitationSignals(context);
  const privately = families.get('private');
  if (content === 0) {
    // Asking to be contacted privately, with nothing sold: a person should look — unless the
    // help is offered free ("shoot me a message, no charge, just being neighbourly") or the
    // writer is looking for something lost ("if you see him, message me").
    if (!privately || privately.weight < 0.6 || NOTHING_SOLD_RE.test(context.text.folded)) return null;
    return { confidence: 0.5, evidence: firstSpans(privately.evidence) };
  }
  // Naming one's business ("my restaurant is buying water") offers nothing by itself.
  if (families.size === 1 && families.has('business')) return null;
  // A weak commercial word and prices, with no way to reach a seller: a citizen talking about
  // costs (parking fees, a tax bill, a repair), not an ad.
  if (content < 0.5 && !families.has('channel') && !families.has('private')) return null;
  const weights = [...families.values()].map((v) => v.weight);
  const evidence = [...families.values()].flatMap((v) => v.evidence);
  return { confidence: combine(weights), evidence: firstSpans(evidence) };
}

/**
 * `spam` (La Sarre §5.5, §7): spam, solicitation and private or commercial advertising — a
 * business promoting itself (with its own phone number or site), "écrivez-moi en privé" / "DM
 * me" offers, income and crypto promises, MLM recruiting, contests with "tag 3 friends"
 * mechanics, prize scams. Signals are grouped by family (offer, private contact, money,
 * contest, business, channel…) and combined: a contact channel alone is not spam.
 *
 * @example
 * ```ts
 * spam({ text: 'Déneigement résidentiel, soumission gratuite! Appelez-nous au 819-555-0199' })?.clause; //=> 'spam'
 * spam({ text: 'Je fais du gardiennage, 15 ans d’expérience, écrivez-moi en privé' })?.decision; //=> 'remove'
 * spam({ text: 'Mon chat est perdu près de la 7e Avenue, appelez-moi au 819-555-0142' }); //=> null
 * spam({ text: 'Est-ce que la collecte passe lundi?' }); //=> null
 * ```
 */
export const spam = defineClassifier('spam', detect);
