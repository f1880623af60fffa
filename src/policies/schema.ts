import { z } from 'zod';
import { CLAUSE_IDS } from '../netiquette/clauses.js';
import { CalendarConfigSchema } from '../deadlines/config.js';
import { LanguageConfigSchema } from '../language/config.js';
import { RolesConfigSchema } from '../roles/model.js';
import { SectionSchema } from './common.js';

/**
 * Topics, beside the netiquette clauses, that a profile cites a section for.
 *
 * @example
 * ```ts
 * CITATION_TOPICS.includes('deadlines'); //=> true
 * ```
 */
export const CITATION_TOPICS = [
  'netiquette',
  'moderation',
  'deadlines',
  'tone',
  'language',
  'media',
  'complaints',
  'confidentiality',
  'emergency',
  'roles',
  'accounts',
  'employees',
  'council',
  'services',
  'suppliers',
  'copyright',
  'hyperlinks',
  'advertising',
  'attestation',
  'branding',
  'official-use',
] as const;

/**
 * A topic cited by a profile.
 *
 * @example
 * ```ts
 * const t: CitationTopic = 'media';
 * ```
 */
export type CitationTopic = (typeof CITATION_TOPICS)[number];

const clauseCitationShape = Object.fromEntries(CLAUSE_IDS.map((id) => [id, SectionSchema])) as {
  [K in (typeof CLAUSE_IDS)[number]]: typeof SectionSchema;
};
const topicCitationShape = Object.fromEntries(CITATION_TOPICS.map((id) => [id, SectionSchema.optional()])) as {
  [K in CitationTopic]: z.ZodOptional<typeof SectionSchema>;
};

const EmailSchema = z.email('expected an e-mail address');
const UrlSchema = z.url('expected a URL such as https://www.ville.example.qc.ca');
const PhoneSchema = z.string().regex(/^[+\d][\d ().-]{2,24}$/u, 'expected a phone number such as 819-333-2282');

/** Public institutional contacts: not personal information, used in reply templates (schema). */
export const ContactsSchema = z.strictObject({
  /** The communications service (media requests, services' publication requests). */
  communications: z.strictObject({ email: EmailSchema.optional(), phone: PhoneSchema }),
  /** General information and complaints. */
  general: z.strictObject({
    email: EmailSchema.optional(),
    phone: PhoneSchema,
    website: UrlSchema,
    requestFormUrl: UrlSchema.optional(),
  }),
  /** Other public numbers, addresses and sites of the city (never flagged as personal information). */
  publicEmails: z.array(EmailSchema),
  publicPhones: z.array(PhoneSchema),
  publicDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/u, 'expected a domain such as ville.lasarre.qc.ca')),
});

/** Netiquette settings (schema). */
export const NetiquetteConfigSchema = z
  .strictObject({
    /** A violation at or above this confidence removes the comment. */
    removeThreshold: z.number().min(0).max(1),
    /** A violation at or above this confidence (and below remove) sends it to review. */
    reviewThreshold: z.number().min(0).max(1),
    /** How far back `history` counts for the repetition clause, in days. */
    repetitionWindowDays: z.number().positive(),
    /** Extra acronyms the all-caps clause ignores. */
    acronyms: z.array(z.string().min(1)),
    /** Extra words never matched by any lexicon (e.g. local place names). */
    allowTerms: z.array(z.string().min(1)),
  })
  .refine((n) => n.reviewThreshold <= n.removeThreshold, {
    message: 'reviewThreshold must not exceed removeThreshold',
    path: ['reviewThreshold'],
  });

/**
 * A municipality's policy profile (schema). Use `definePolicy()` to build one.
 *
 * @example
 * ```ts
 * PolicySchema.safeParse(laSarre).success; //=> true
 * ```
 */
export const PolicySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'policy ids are kebab-case, e.g. la-sarre'),
  name: z.string().min(1),
  municipality: z.string().min(1),
  source: z.strictObject({ title: z.string().min(1), year: z.number().int().min(1900).max(2200) }),
  citations: z.strictObject({
    clauses: z.strictObject(clauseCitationShape),
    topics: z.strictObject(topicCitationShape),
  }),
  netiquette: NetiquetteConfigSchema,
  calendar: CalendarConfigSchema,
  language: LanguageConfigSchema,
  contacts: ContactsSchema,
  roles: RolesConfigSchema,
});

/**
 * A validated, frozen municipality profile.
 *
 * @example
 * ```ts
 * import { laSarre } from 'netiquette-qc/policies';
 * const p: Policy = laSarre;
 * p.calendar.timeZone; //=> 'America/Toronto'
 * ```
 */
export type Policy = z.output<typeof PolicySchema>;

/**
 * The input shape of a policy profile (what a JSON file must hold).
 *
 * @example
 * ```ts
 * const input: PolicyInput = JSON.parse(readFileSync('amos.json', 'utf8'));
 * ```
 */
export type PolicyInput = z.input<typeof PolicySchema>;
