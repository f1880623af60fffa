import { describe, inputError } from '../errors.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { Bilingual } from '../netiquette/clauses.js';
import type { Policy } from '../policies/schema.js';

/**
 * The reply templates triage can fill, one per routing need.
 *
 * @example
 * ```ts
 * TEMPLATE_IDS.includes('acknowledgement'); //=> true
 * ```
 */
export const TEMPLATE_IDS = [
  'answer',
  'acknowledgement',
  'complaint',
  'media-request',
  'emergency',
  'compliment',
  'removal',
] as const;

/**
 * A reply template id.
 *
 * @example
 * ```ts
 * const id: TemplateId = 'complaint';
 * ```
 */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * Reply templates in French and English (our own words; courteous, polite and professional as
 * La Sarre §5.6.2 asks). `{name}` placeholders are filled from the profile and the deadline;
 * a `[[…]]` part is dropped when one of its placeholders has no value (a profile without an
 * e-mail address, a comment without a date).
 *
 * Placeholders: `{contacts}` (ways to reach the city for a follow-up), `{mediaContacts}` (the
 * communications service), `{phone}`, `{website}`, `{due}` (the answer deadline, a date or a
 * number of business days), `{service}` (the service concerned), `{clause}`, `{reason}`,
 * `{citation}` (removal notices).
 *
 * @example
 * ```ts
 * REPLY_TEMPLATES.emergency.fr.startsWith('Si une personne'); //=> true
 * ```
 */
export const REPLY_TEMPLATES: Readonly<Record<TemplateId, Bilingual>> = Object.freeze({
  answer: {
    fr: 'Bonjour et merci de votre question! Notre équipe vous répondra ici même[[ {due}]]. D’ici là, vous trouverez peut-être l’information sur {website}.',
    en: 'Hello, and thank you for your question! Our team will answer you right here[[ {due}]]. In the meantime, you may find the information on {website}.',
  },
  acknowledgement: {
    fr: 'Bonjour, merci de votre message. Nous vérifions auprès du service concerné[[ ({service})]] et nous vous revenons[[ {due}]]. Il se peut qu’une personne de ce service communique directement avec vous.',
    en: 'Hello, and thank you for your message. We are checking with the service concerned[[ ({service})]] and will get back to you[[ {due}]]. Someone from that service may also contact you directly.',
  },
  complaint: {
    fr: 'Bonjour, merci de nous avoir signalé la situation. Nous l’avons transmise au service concerné[[ ({service})]], qui fera le suivi avec vous. Pour protéger vos renseignements, nous ne traitons pas les plaintes publiquement : vous pouvez nous donner les détails {contacts}.',
    en: 'Hello, and thank you for letting us know. We have passed your message on to the service concerned[[ ({service})]], which will follow up with you. To protect your information, we do not handle complaints publicly: you can send us the details {contacts}.',
  },
  'media-request': {
    fr: 'Bonjour et merci de votre intérêt. Nous ne répondons pas aux demandes des médias sur nos réseaux sociaux. Le Service des communications se fera un plaisir de vous aider {mediaContacts}.',
    en: 'Hello, and thank you for your interest. We do not answer media requests on our social media accounts. Our communications team will be glad to help you {mediaContacts}.',
  },
  emergency: {
    fr: 'Si une personne, un bâtiment ou la sécurité du public est en danger, composez le 9-1-1 immédiatement. Nos réseaux sociaux ne sont pas un service d’urgence et ne sont pas surveillés en tout temps. Pour une situation non urgente, joignez-nous au {phone}.',
    en: 'If a person, a building or public safety is in danger, call 9-1-1 right away. Our social media accounts are not an emergency service and are not monitored at all times. For a situation that is not urgent, reach us at {phone}.',
  },
  compliment: {
    fr: 'Merci beaucoup pour ce beau message! Nous le transmettons avec plaisir à l’équipe concernée.',
    en: 'Thank you so much for your kind words! We will gladly pass them on to the team.',
  },
  removal: {
    fr: 'Bonjour, nous avons retiré votre commentaire parce qu’il ne respecte pas notre nétiquette ({clause}) : {reason} Cette règle figure à la politique de la {municipality}[[ ({citation})]]. Vous pouvez publier de nouveau votre message en le reformulant dans le respect de chacun. Pour toute question, joignez-nous {contacts}.',
    en: 'Hello, we removed your comment because it does not follow our netiquette ({clause}): {reason} This rule is part of the {municipality} policy[[ ({citation})]]. You are welcome to post your message again in a respectful way. If you have any questions, reach us {contacts}.',
  },
});

/**
 * Values a template can be filled with; a missing or empty value drops its `[[…]]` part.
 *
 * @example
 * ```ts
 * const v: TemplateValues = { email: 'info@ville.lasarre.qc.ca', phone: undefined };
 * ```
 */
export type TemplateValues = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER_RE = /\{(\w+)\}/gu;

/**
 * Fills a template: `{name}` takes `values.name`; a `[[…]]` part is kept only when all its
 * placeholders have a value. A required placeholder with no value is left as an empty string.
 *
 * @example
 * ```ts
 * fillTemplate('Merci[[ {name}]]!', {}); //=> 'Merci!'
 * fillTemplate('Merci[[ {name}]]!', { name: 'Julie' }); //=> 'Merci Julie!'
 * ```
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  if (typeof template !== 'string') inputError('template', '(input)', `expected a string, got ${describe(template)}`);
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    inputError('values', '(input)', `expected an object of placeholder values, got ${describe(values)}`);
  }
  const has = (key: string): boolean => {
    const value = values[key];
    return typeof value === 'string' && value.length > 0;
  };
  // `[[…]]` parts, read with indexOf (linear, no regex backtracking)
  let kept = '';
  let cursor = 0;
  for (;;) {
    const open = template.indexOf('[[', cursor);
    const close = open < 0 ? -1 : template.indexOf(']]', open + 2);
    if (open < 0 || close < 0) break;
    const inner = template.slice(open + 2, close);
    const complete = [...inner.matchAll(PLACEHOLDER_RE)].every((match) => has(match[1] ?? ''));
    kept += template.slice(cursor, open) + (complete ? inner : '');
    cursor = close + 2;
  }
  kept += template.slice(cursor);
  return kept.replace(PLACEHOLDER_RE, (_whole, key: string) => (has(key) ? (values[key] ?? '') : ''));
}

function joinList(items: readonly string[], language: 'fr' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${language === 'fr' ? 'ou' : 'or'} ${last}`;
}

/**
 * How to reach the city for a follow-up (§11): e-mail, request form and phone, in that order,
 * leaving out what the profile does not have (Ville de Québec has only 311 and its website).
 *
 * @example
 * ```ts
 * import { villeDeQuebec } from 'netiquette-qc/policies';
 * contactPhrase(villeDeQuebec, 'fr', 'general');
 * //=> 'par téléphone au 311 pendant les heures d’ouverture ou sur le site https://www.ville.quebec.qc.ca'
 * ```
 */
export function contactPhrase(policyOption: Policy, language: 'fr' | 'en', which: 'general' | 'communications'): string {
  const policy = resolvePolicy(policyOption);
  if (language !== 'fr' && language !== 'en') inputError('language', '(input)', "expected 'fr' or 'en'");
  if (which !== 'general' && which !== 'communications') inputError('which', '(input)', "expected 'general' or 'communications'");
  const fr = language === 'fr';
  const items: string[] = [];
  const general = policy.contacts.general;
  const email = which === 'general' ? general.email : policy.contacts.communications.email;
  const phone = which === 'general' ? general.phone : policy.contacts.communications.phone;
  if (email) items.push(fr ? `par courriel à ${email}` : `by e-mail at ${email}`);
  if (which === 'general' && general.requestFormUrl) {
    items.push(fr ? `par le formulaire de requête sur ${general.requestFormUrl}` : `through the request form on ${general.requestFormUrl}`);
  }
  items.push(fr ? `par téléphone au ${phone} pendant les heures d’ouverture` : `by phone at ${phone} during office hours`);
  if (!email && !general.requestFormUrl) items.push(fr ? `sur le site ${general.website}` : `on ${general.website}`);
  return joinList(items, language);
}
