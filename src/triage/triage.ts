import { z } from 'zod';
import { parseInput } from '../errors.js';
import { detectLanguage, type DetectedLanguage } from '../language/index.js';
import { CLAUSE_IDS, clauses, type Bilingual, type ClauseId } from '../netiquette/clauses.js';
import { CommentInputSchema, type CommentInput } from '../netiquette/input.js';
import { InstantSchema, type Citation } from '../policies/common.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { CitationTopic, Policy } from '../policies/schema.js';
import { deadlineFor, duePhrase, type ResponseDeadline } from './deadline.js';
import { detectKinds, type Kind, type KindEvidence } from './kinds.js';
import { SERVICE_TERMS, type ServiceId } from './lexicon.js';
import { REPLY_TEMPLATES, contactPhrase, fillTemplate, type TemplateId } from './templates.js';

/**
 * What to do with a comment: answer it in public, acknowledge it then answer after a check,
 * route it to a service and answer in private (complaints, La Sarre §11), redirect a journalist
 * to the communications lead (§10), point to 9-1-1 (§14), or nothing.
 *
 * @example
 * ```ts
 * const action: RoutingAction = 'route-privately';
 * ```
 */
export type RoutingAction =
  | 'answer-publicly'
  | 'acknowledge-then-answer'
  | 'route-privately'
  | 'redirect-media'
  | 'emergency-911'
  | 'none';

/**
 * How soon someone should look at the comment.
 *
 * @example
 * ```ts
 * const p: Priority = 'urgent';
 * ```
 */
export type Priority = 'urgent' | 'high' | 'normal' | 'low';

/**
 * The routing decision, with why and on which sections it rests.
 *
 * @example
 * ```ts
 * const r: Routing = {
 *   action: 'emergency-911', priority: 'urgent', service: 'public-safety',
 *   reason: { fr: '…', en: '…' }, citations: [{ policy: 'la-sarre', section: '§14' }],
 * };
 * ```
 */
export interface Routing {
  readonly action: RoutingAction;
  readonly priority: Priority;
  /** The municipal service concerned, when the words point to one (`communications` for the media). */
  readonly service?: ServiceId | 'communications';
  /** Why this action, in plain words. */
  readonly reason: Bilingual;
  /** The profile's sections this routing rests on (sections the profile does not cite are left out). */
  readonly citations: readonly Citation[];
}

/**
 * A reply ready to post, in one language.
 *
 * @example
 * ```ts
 * const r: TriageReply = { kind: 'compliment', template: 'compliment', language: 'fr', text: 'Merci beaucoup…' };
 * ```
 */
export interface TriageReply {
  /** The kind of comment the reply answers. */
  readonly kind: Kind;
  /** The template it was filled from. */
  readonly template: TemplateId;
  readonly language: 'fr' | 'en';
  readonly text: string;
}

/**
 * Everything {@link triage} says about a comment.
 *
 * @example
 * ```ts
 * const result: TriageResult = triage({ text: 'Merci aux cols bleus!' });
 * result.routing.action; //=> 'none'
 * ```
 */
export interface TriageResult {
  /** The comment's id, when it had one. */
  readonly id?: string | number;
  /** What the comment calls for (several may hold; `['other']` when nothing does). */
  readonly kinds: readonly Kind[];
  readonly routing: Routing;
  /** The response deadline (§5.6.1, or §14 in emergency mode), when the comment has a date and calls for an answer. */
  readonly deadline?: ResponseDeadline;
  /** Replies to post: French always, English too when the citizen wrote in English (§5.7). None for `none`. */
  readonly replies: readonly TriageReply[];
  /** The language the citizen wrote in. */
  readonly language: DetectedLanguage;
  /** The words that decided the kinds, with offsets into the comment. */
  readonly evidence: readonly KindEvidence[];
  /** Whether the answer needs a check with a service first (a temporary acknowledgement is sent). */
  readonly needsVerification: boolean;
}

/**
 * Options of {@link triage}.
 *
 * @example
 * ```ts
 * const options: TriageOptions = { receivedAt: '2026-05-19T10:00:00-04:00', policy: villeDeQuebec };
 * ```
 */
export interface TriageOptions {
  /**
   * When the comment reached the city (a `Date` or an ISO string with its offset).
   * @default comment.postedAt; without either, no deadline is computed
   */
  readonly receivedAt?: Date | string;
  /**
   * The municipality's profile (contacts, citations, calendar, language settings).
   * @default laSarre
   */
  readonly policy?: Policy;
  /**
   * Emergency mode for the deadline clock (La Sarre §5.6.1 and §14): `true` forces it, `false`
   * never uses it.
   * @default undefined (on when the comment reports an emergency)
   */
  readonly emergency?: boolean;
}

const OptionsSchema = z
  .strictObject({
    receivedAt: InstantSchema.optional(),
    policy: z
      .custom<Policy>((value) => value !== null && typeof value === 'object', {
        message: 'expected a policy profile (laSarre, villeDeQuebec or definePolicy(...))',
      })
      .optional(),
    emergency: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .optional();

const SERVICE_NAMES: Readonly<Record<ServiceId | 'communications', Bilingual>> = Object.freeze({
  ...Object.fromEntries(Object.entries(SERVICE_TERMS).map(([id, data]) => [id, data.name])),
  communications: { fr: 'Service des communications', en: 'Communications' },
} as Record<ServiceId | 'communications', Bilingual>);

const REASONS: Readonly<Record<RoutingAction, Bilingual>> = Object.freeze({
  'emergency-911': {
    fr: 'Le commentaire signale un danger immédiat : les réseaux sociaux ne sont pas un service d’urgence, on dirige vers le 9-1-1 et on traite en priorité.',
    en: 'The comment reports an immediate danger: social media are not an emergency service, so point to 9-1-1 and handle it first.',
  },
  'redirect-media': {
    fr: 'Un ou une journaliste demande une entrevue ou une réaction : on ne répond pas sur les réseaux sociaux, on dirige vers la personne responsable des communications.',
    en: 'A journalist asks for an interview or a reaction: no answer on social media; redirect to the communications lead.',
  },
  'route-privately': {
    fr: 'C’est une plainte : elle n’est pas traitée publiquement; on avise le service concerné, qui fait le suivi en privé avec la personne.',
    en: 'This is a complaint: it is not handled publicly; notify the service concerned, which follows up privately with the person.',
  },
  'acknowledge-then-answer': {
    fr: 'La question demande une vérification auprès d’un service : on confirme tout de suite la réception, puis on répond dans le délai prévu.',
    en: 'The question needs a check with a service: confirm receipt now, then answer within the set delay.',
  },
  'answer-publicly': {
    fr: 'Question d’information générale : on répond publiquement, la réponse peut servir à tous, dans le délai prévu.',
    en: 'A general information question: answer publicly, where the answer helps everyone, within the set delay.',
  },
  none: {
    fr: 'Aucune action n’est requise (remerciement ou commentaire sans demande).',
    en: 'No action is needed (thanks, or a comment that asks nothing).',
  },
});

const TOPICS: Readonly<Record<RoutingAction, readonly CitationTopic[]>> = Object.freeze({
  'emergency-911': ['emergency', 'deadlines', 'tone'],
  'redirect-media': ['media', 'tone'],
  'route-privately': ['complaints', 'confidentiality', 'deadlines', 'tone'],
  'acknowledge-then-answer': ['deadlines', 'tone'],
  'answer-publicly': ['deadlines', 'tone'],
  none: [],
});

function cite(policy: Policy, topics: readonly CitationTopic[]): Citation[] {
  const out: Citation[] = [];
  for (const topic of topics) {
    const section = policy.citations.topics[topic];
    if (section && !out.some((c) => c.section === section)) out.push({ policy: policy.id, section });
  }
  return out;
}

function chooseAction(kinds: readonly Kind[], needsVerification: boolean): RoutingAction {
  if (kinds.includes('emergency')) return 'emergency-911';
  if (kinds.includes('media-request')) return 'redirect-media';
  if (kinds.includes('complaint')) return 'route-privately';
  if (kinds.includes('question')) return needsVerification ? 'acknowledge-then-answer' : 'answer-publicly';
  return 'none';
}

const PRIORITY: Readonly<Record<RoutingAction, Priority>> = Object.freeze({
  'emergency-911': 'urgent',
  'redirect-media': 'high',
  'route-privately': 'high',
  'acknowledge-then-answer': 'normal',
  'answer-publicly': 'normal',
  none: 'low',
});

const NUMBER_WORDS: Readonly<Record<number, Bilingual>> = { 1: { fr: 'un', en: 'one' }, 2: { fr: 'deux', en: 'two' }, 3: { fr: 'trois', en: 'three' } };

/** `d’ici deux jours ouvrables` when no date is known. */
function businessDaysPhrase(policy: Policy, language: 'fr' | 'en'): string {
  const days = policy.calendar.dueBusinessDays;
  const word = NUMBER_WORDS[days]?.[language] ?? String(days);
  if (language === 'fr') return `d’ici ${word} jour${days > 1 ? 's' : ''} ouvrable${days > 1 ? 's' : ''}`;
  return `within ${word} business day${days > 1 ? 's' : ''}`;
}

function templateFor(action: RoutingAction, kinds: readonly Kind[]): { template: TemplateId; kind: Kind } | null {
  switch (action) {
    case 'emergency-911':
      return { template: 'emergency', kind: 'emergency' };
    case 'redirect-media':
      return { template: 'media-request', kind: 'media-request' };
    case 'route-privately':
      return { template: 'complaint', kind: 'complaint' };
    case 'acknowledge-then-answer':
      return { template: 'acknowledgement', kind: 'question' };
    case 'answer-publicly':
      return { template: 'answer', kind: 'question' };
    case 'none':
      return kinds.includes('compliment') ? { template: 'compliment', kind: 'compliment' } : null;
  }
}

function replyLanguages(policy: Policy, citizen: DetectedLanguage): ('fr' | 'en')[] {
  return citizen === 'en' && policy.language.englishWhenCitizenWritesEnglish ? ['fr', 'en'] : ['fr'];
}

/**
 * Triages a comment that stays up after moderation: what it calls for, what to do with it as
 * the policy says, by when, and replies ready to post.
 *
 * - complaints (also rhetorical questions and sarcasm) go to the service concerned and are
 *   answered in private (La Sarre §11); media requests go to the communications lead (§10);
 *   emergencies point to 9-1-1 and come first (§14); questions get the response deadline
 *   (§5.6.1), with a temporary acknowledgement when the answer needs a check.
 * - replies are courteous (§5.6.2), filled from the profile's contacts, in French, and also in
 *   English when the citizen wrote in English (§5.7).
 *
 * @throws {PolicyInputError} when the comment or an option is not valid.
 * @example
 * ```ts
 * const r = triage(
 *   { text: "C'est tu normal que ma rue soit jamais déneigée?", postedAt: '2026-01-13T07:10:00-05:00' },
 * );
 * r.kinds; //=> ['complaint']
 * r.routing.action; //=> 'route-privately'
 * r.routing.service; //=> 'public-works'
 * r.deadline?.due; //=> 2026-01-15T12:10:00.000Z (two business days later)
 * r.replies[0]?.text; //=> 'Bonjour, merci de nous avoir signalé la situation. …'
 *
 * triage({ text: 'There is a strong smell of gas on Elm street' }).routing.action; //=> 'emergency-911'
 * ```
 */
export function triage(comment: CommentInput, options?: TriageOptions): TriageResult {
  const parsed = parseInput(CommentInputSchema, comment, 'comment');
  const opts = parseInput(OptionsSchema, options, 'options') ?? {};
  const policy = resolvePolicy(opts.policy);

  const detection = detectKinds(parsed.text);
  const kinds = detection.kinds;
  const action = chooseAction(kinds, detection.needsVerification);
  const service: ServiceId | 'communications' | undefined =
    action === 'redirect-media' ? 'communications' : detection.service;

  const citizen = detectLanguage(parsed.text).language;
  const languages = replyLanguages(policy, citizen);
  const citations = cite(policy, TOPICS[action]);
  if (action !== 'none' && languages.includes('en')) {
    for (const c of cite(policy, ['language'])) if (!citations.some((x) => x.section === c.section)) citations.push(c);
  }

  const receivedAt = opts.receivedAt ?? parsed.postedAt;
  const emergency = opts.emergency ?? kinds.includes('emergency');
  const deadline = receivedAt && action !== 'none' ? deadlineFor(receivedAt, policy, emergency) : undefined;

  const replies: TriageReply[] = [];
  const chosen = templateFor(action, kinds);
  if (chosen) {
    for (const language of languages) {
      const values = {
        contacts: contactPhrase(policy, language, 'general'),
        mediaContacts: contactPhrase(policy, language, 'communications'),
        phone: policy.contacts.general.phone,
        website: policy.contacts.general.website,
        due: deadline ? duePhrase(deadline, language) : businessDaysPhrase(policy, language),
        service: service ? SERVICE_NAMES[service][language] : undefined,
      };
      const text = fillTemplate(REPLY_TEMPLATES[chosen.template][language], values);
      replies.push({ kind: chosen.kind, template: chosen.template, language, text });
    }
  }

  const routing: Routing = {
    action,
    priority: PRIORITY[action],
    ...(service && action !== 'none' ? { service } : {}),
    reason: REASONS[action],
    citations,
  };
  return {
    ...(parsed.id !== undefined ? { id: parsed.id } : {}),
    kinds,
    routing,
    ...(deadline ? { deadline } : {}),
    replies,
    language: citizen,
    evidence: detection.evidence,
    needsVerification: detection.needsVerification,
  };
}

/**
 * Options of {@link removalNotice}.
 *
 * @example
 * ```ts
 * const options: RemovalNoticeOptions = { language: 'en' };
 * ```
 */
export interface RemovalNoticeOptions {
  /**
   * The municipality's profile (its clause citations and contacts).
   * @default laSarre
   */
  readonly policy?: Policy;
  /**
   * The language of the notice.
   * @default 'fr'
   */
  readonly language?: 'fr' | 'en';
}

const RemovalSubjectSchema = z.union(
  [z.enum(CLAUSE_IDS), z.looseObject({ clause: z.enum(CLAUSE_IDS) })],
  { error: `expected a clause id (${CLAUSE_IDS.join(', ')}) or a violation with a clause` },
);

const RemovalOptionsSchema = z
  .strictObject({
    policy: z
      .custom<Policy>((value) => value !== null && typeof value === 'object', {
        message: 'expected a policy profile (laSarre, villeDeQuebec or definePolicy(...))',
      })
      .optional(),
    language: z.enum(['fr', 'en'], { error: 'expected fr or en' }).optional(),
  })
  .optional();

/**
 * The message a moderator can send to the author of a removed comment: which netiquette rule,
 * in plain words, with the section of the profile it rests on, and how to reach the city.
 * Takes a clause id or a violation from `moderate()`.
 *
 * @throws {PolicyInputError} when the clause is unknown or an option is not valid.
 * @example
 * ```ts
 * removalNotice('insult');
 * //=> 'Bonjour, nous avons retiré votre commentaire parce qu’il ne respecte pas notre nétiquette (attaque ou insulte) : … (§5.5). …'
 * removalNotice({ clause: 'all-caps' }, { language: 'en', policy: villeDeQuebec }).includes('§5.2.3'); //=> true
 * ```
 */
export function removalNotice(subject: ClauseId | { readonly clause: ClauseId }, options?: RemovalNoticeOptions): string {
  const parsed = parseInput(RemovalSubjectSchema, subject, 'clause');
  const opts = parseInput(RemovalOptionsSchema, options, 'options') ?? {};
  const policy = resolvePolicy(opts.policy);
  const language = opts.language ?? 'fr';
  const clause: ClauseId = typeof parsed === 'string' ? parsed : parsed.clause;
  const info = clauses[clause];
  const title = info.title[language];
  return fillTemplate(REPLY_TEMPLATES.removal[language], {
    clause: title.charAt(0).toLowerCase() + title.slice(1),
    reason: info.reason[language],
    municipality: policy.municipality,
    citation: policy.citations.clauses[clause],
    contacts: contactPhrase(policy, language, 'general'),
  });
}
