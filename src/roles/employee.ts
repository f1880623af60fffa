import { z } from 'zod';
import { inputError, parseInput } from '../errors.js';
import type { Citation } from '../policies/common.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { Policy } from '../policies/schema.js';
import { foldKey } from '../text/fold.js';
import { CONDUCT_CODES, USAGES, type ConductCode, type Usage } from './model.js';

/**
 * A post by an employee (schema).
 *
 * @example
 * ```ts
 * EmployeePostSchema.safeParse({ text: 'Bonjour', profile: { email: 'moi@exemple.ca' } }).success; //=> true
 * ```
 */
export const EmployeePostSchema = z.union([
  z.string(),
  z.strictObject({
    /** What the employee wrote. */
    text: z.string(),
    /** The post shows the city's logo, symbols or signature. */
    usesCityBranding: z.boolean().optional(),
    /** The account the post comes from. */
    profile: z
      .strictObject({
        name: z.string().optional(),
        bio: z.string().optional(),
        /** The e-mail address the account was registered with. */
        email: z.string().optional(),
        /** The profile picture or banner shows the city's logo or symbols. */
        usesCityBranding: z.boolean().optional(),
      })
      .optional(),
  }),
]);

/**
 * A post by an employee: its text, or the text with what is known of the account.
 *
 * @example
 * ```ts
 * const post: EmployeePost = {
 *   text: 'Le conseil municipal a encore reporté le projet.',
 *   profile: { bio: 'Citoyen engagé', email: 'jtremblay@ville.lasarre.qc.ca' },
 * };
 * ```
 */
export type EmployeePost = z.input<typeof EmployeePostSchema>;

/**
 * Options of {@link checkEmployeePost}.
 *
 * @example
 * ```ts
 * import { villeDeQuebec } from 'netiquette-qc/policies';
 * const options: EmployeePostOptions = { usage: 'professional', policy: villeDeQuebec };
 * ```
 */
export interface EmployeePostOptions {
  /**
   * How the account is used (Québec §3): `personal`, `professional` or `official`.
   * @default 'personal'
   */
  usage?: Usage;
  /**
   * The municipality's profile.
   * @default laSarre
   */
  policy?: Policy;
  /**
   * Extra e-mail domains that belong to the employer (the profile's public domains always count).
   * @default []
   */
  workDomains?: readonly string[];
}

/**
 * Where a warning was found: the field, offsets into that field's original text, the words.
 *
 * @example
 * ```ts
 * const e: ConductEvidence = { field: 'text', start: 0, end: 12, text: 'confidentiel' };
 * ```
 */
export interface ConductEvidence {
  readonly field: 'text' | 'profile.name' | 'profile.bio' | 'profile.email' | 'profile' | 'post';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * One thing an employee's post should fix, with why and where the policy says so.
 *
 * @example
 * ```ts
 * const w: EmployeePostWarning = {
 *   code: 'work-email', reason: { fr: '…', en: '…' },
 *   citations: [{ policy: 'la-sarre', section: '§13.1' }], evidence: [],
 * };
 * ```
 */
export interface EmployeePostWarning {
  readonly code: ConductCode;
  readonly reason: { readonly fr: string; readonly en: string };
  readonly citations: readonly Citation[];
  readonly evidence: readonly ConductEvidence[];
}

const OptionsSchema = z.strictObject({
  usage: z.enum(USAGES).optional(),
  policy: z.unknown().optional(),
  workDomains: z.array(z.string().regex(/^[\w.-]+\.[a-z]{2,}$/iu, 'expected a domain such as ville.example.qc.ca')).optional(),
});

const REASONS: Record<ConductCode, { fr: string; en: string }> = {
  'missing-disclaimer': {
    fr: 'Le message touche aux affaires de la Ville sans préciser que l’opinion est personnelle et n’engage pas la Ville.',
    en: 'The post deals with city matters without saying the opinion is personal and not the city’s.',
  },
  'city-branding': {
    fr: 'Le logo, les symboles ou la signature de la Ville ne vont pas sur un compte personnel ou professionnel : ils sont réservés aux communications officielles.',
    en: 'The city’s logo, symbols or signature do not belong on a personal or professional account: they are for official communications.',
  },
  'work-email': {
    fr: 'Un compte personnel s’inscrit avec une adresse personnelle : l’adresse du travail laisse croire qu’on agit pour la Ville.',
    en: 'A personal account is registered with a personal address: a work address suggests acting for the city.',
  },
  confidential: {
    fr: 'Le message semble révéler une information confidentielle, interne ou sous embargo; seule l’information déjà publique se partage.',
    en: 'The post seems to reveal confidential, internal or embargoed information; only information already public may be shared.',
  },
  'speaking-for-city': {
    fr: 'Le message semble parler au nom de la Ville; seuls les comptes officiels et les personnes autorisées le font.',
    en: 'The post seems to speak for the city; only official accounts and authorized people do that.',
  },
  'personal-information': {
    fr: 'Le message semble contenir des renseignements personnels sur une autre personne (téléphone, courriel, adresse, dossier).',
    en: 'The post seems to contain someone else’s personal information (phone, e-mail, address, file).',
  },
};

// Patterns run on folded text (lower case, no accents): one character per character, so
// offsets point into the original text. Alternations of literals only: linear time.
const CITY_MATTERS_RE =
  /\b(?:(?:la|a la|de la|notre) ville|hotel de ville|conseil (?:municipal|de ville)|conseill(?:er|ere)s?(?: municipa(?:l|le|ux))?|maire(?:sse)?|municipalit(?:e|es)|administration municipale|services? municipa(?:l|ux)|reglements? municipa(?:l|ux)|taxes? municipales?|budget municipal|deneigement|collecte des (?:ordures|dechets|matieres)|travaux publics|arrondissement|zonage|aqueduc|mon employeur|city hall|city council|(?:the|our) city|councill?ors?|mayor|municipality|my employer)\b/gu;

const DISCLAIMER_RE =
  /n'engag(?:e|ent) que (?:moi|ma personne|leur auteur|son auteur)|(?:opinions?|propos|points? de vue|avis) (?:sont |restent )?(?:strictement |purement )?personnel(?:le)?s?|a titre (?:strictement |purement )?personnel|ne represent(?:e|ent) (?:pas|aucunement) (?:l'opinion|la position|le point de vue|les positions|les opinions|celles?|ceux)|(?:views|opinions) (?:are |expressed here are )?(?:my own|mine|personal)|my own (?:views|opinions?)|personal (?:views|opinions?)|(?:do|does) not (?:represent|reflect) (?:the views|the position|the opinions?|those) of|speaking for myself|in a personal capacity/u;

const CONFIDENTIAL_RE =
  /\b(?:confidenti(?:el|elle|els|elles|al|ality)|sous embargo|embargo|pas encore (?:ete )?(?:annonce|annoncee|public|publique|officiel|officielle)|avant l'annonce|entre vous et moi|entre nous|ne le (?:repetez|dites) (?:pas|a personne)|de source interne|document interne|note interne|a huis clos|huis clos|en primeur|off the record|not (?:yet )?(?:public|announced)|internal (?:memo|document)|under embargo|scoop)\b/gu;

const SPEAKING_RE =
  /\b(?:au nom de (?:la ville|l'administration|mon employeur)|en tant que (?:porte-parole|representante?) de la ville|nous,? a la ville|la position officielle de la ville|je confirme au nom|je vous confirme que la ville|officiellement,? la ville|on behalf of (?:the city|my employer)|speaking for the city|as a city (?:spokesperson|representative)|the city'?s official position|officially,? the city)\b/gu;

const PHONE_RE = /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}(?![\d-])/gu;
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const ADDRESS_RE =
  /\b\d{1,5},? (?:rue|avenue|av\.|boulevard|boul\.|chemin|ch\.|rang|route|place|montee|street|st\.|road|rd\.) (?:de la |des |du |de |d')?[a-z][\w'-]*/gu;
const PERSONAL_FILE_RE =
  /\b(?:numero d'assurance sociale|date de naissance|son dossier (?:medical|disciplinaire|d'employe|personnel)|le dossier de (?:mme|monsieur|madame)|(?:il|elle) habite (?:au|sur|a)|son adresse est|social insurance number|date of birth|(?:he|she) lives (?:at|on))\b/gu;

function find(re: RegExp, f: Field): ConductEvidence[] {
  const out: ConductEvidence[] = [];
  re.lastIndex = 0;
  for (const match of f.folded.matchAll(re)) {
    out.push(evidenceAt(f, match.index, match.index + match[0].length));
    if (out.length >= 20) break;
  }
  return out;
}

/** Evidence for folded offsets [start, end), mapped back to the original text. */
function evidenceAt(f: Field, start: number, end: number): ConductEvidence {
  const from = f.map[start] ?? 0;
  const to = f.map[end] ?? f.original.length;
  return { field: f.field, start: from, end: to, text: f.original.slice(from, to) };
}

interface Field {
  readonly field: ConductEvidence['field'];
  readonly original: string;
  readonly folded: string;
  /** For each folded offset (and one past the end), the offset in the original text. */
  readonly map: readonly number[];
}

function field(name: ConductEvidence['field'], text: string | undefined): Field | null {
  if (text === undefined || text.length === 0) return null;
  const whole = foldKey(text).replace(/[’‘]/gu, "'");
  if (whole.length === text.length) {
    return { field: name, original: text, folded: whole, map: Array.from({ length: text.length + 1 }, (_, i) => i) };
  }
  // Rare: folding changed the length (e.g. İ → i̇); fold one character at a time.
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldKey(char).replace(/[’‘]/gu, "'");
    for (let i = 0; i < piece.length; i += 1) map.push(offset);
    folded += piece;
    offset += char.length;
  }
  map.push(offset);
  return { field: name, original: text, folded, map };
}

function domainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at < 0 ? null : email.slice(at + 1).trim().toLowerCase();
}

function isWorkDomain(domain: string, domains: readonly string[]): boolean {
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

function municipalityPatterns(policy: Policy): string[] {
  const full = foldKey(policy.municipality).replace(/[’‘]/gu, "'");
  const names = [full];
  const short = full.replace(/^ville d(?:e |')/u, '');
  // Keep a short name only when it cannot be mistaken for a province or a common word.
  if (short !== full && short.includes(' ')) names.push(short);
  return names;
}

function citations(policy: Policy, code: ConductCode): Citation[] {
  const sections = policy.roles.conduct?.[code] ?? [policy.citations.topics.employees ?? policy.roles.fallback.section];
  return sections.map((section) => ({ policy: policy.id, section }));
}

/**
 * Checks what an employee writes on their own account against what the policy asks of
 * employees: a personal-opinion disclaimer when city matters come up (La Sarre §13.1,
 * Québec §5.1.5.1), no city branding or work e-mail on a personal account (Québec §5.1.7),
 * nothing confidential or embargoed, not speaking for the city, no one else's personal
 * information. Returns the warnings (an empty array when nothing is found); each cites the
 * profile's sections and points at the words. Heuristic: a reviewer decides.
 *
 * @example
 * ```ts
 * import { checkEmployeePost } from 'netiquette-qc/roles';
 * checkEmployeePost('Le conseil municipal a encore reporté le projet de l’aréna.').map((w) => w.code);
 * //=> ['missing-disclaimer']
 * checkEmployeePost('Le conseil municipal a reporté le projet. Mes opinions n’engagent que moi.');
 * //=> []
 * ```
 */
export function checkEmployeePost(post: EmployeePost, options: EmployeePostOptions = {}): EmployeePostWarning[] {
  const input = parseInput(EmployeePostSchema, post, 'post');
  if (options === null || typeof options !== 'object') inputError('options', '(input)', 'expected an options object');
  const parsedOptions = parseInput(OptionsSchema, options, 'options');
  const policy = resolvePolicy(options.policy);
  const usage = parsedOptions.usage ?? 'personal';
  const body = typeof input === 'string' ? { text: input } : input;
  const profile = typeof input === 'string' ? undefined : input.profile;

  const text = field('text', body.text);
  const name = field('profile.name', profile?.name);
  const bio = field('profile.bio', profile?.bio);
  const found = new Map<ConductCode, ConductEvidence[]>();
  const add = (code: ConductCode, evidence: ConductEvidence[]): void => {
    if (evidence.length === 0) return;
    found.set(code, [...(found.get(code) ?? []), ...evidence]);
  };
  const personalAccount = usage !== 'official';

  if (personalAccount && text) {
    const matters = find(CITY_MATTERS_RE, text);
    for (const pattern of municipalityPatterns(policy)) {
      let from = text.folded.indexOf(pattern);
      while (from >= 0 && matters.length < 40) {
        matters.push(evidenceAt(text, from, from + pattern.length));
        from = text.folded.indexOf(pattern, from + pattern.length);
      }
    }
    const disclaimed = [text, bio].some((f) => f !== null && DISCLAIMER_RE.test(f.folded));
    if (matters.length > 0 && !disclaimed) add('missing-disclaimer', matters.sort((a, b) => a.start - b.start));
  }

  if (personalAccount) {
    if (body.usesCityBranding === true) add('city-branding', [{ field: 'post', start: 0, end: 0, text: '' }]);
    if (profile?.usesCityBranding === true) add('city-branding', [{ field: 'profile', start: 0, end: 0, text: '' }]);
    const domains = [...policy.contacts.publicDomains, ...(parsedOptions.workDomains ?? [])].map((d) => d.toLowerCase());
    const email = profile?.email;
    const domain = email === undefined ? null : domainOf(email);
    if (email !== undefined && domain !== null && isWorkDomain(domain, domains)) {
      add('work-email', [{ field: 'profile.email', start: 0, end: email.length, text: email }]);
    }
    for (const f of [text, name, bio]) if (f) add('speaking-for-city', find(SPEAKING_RE, f));
  }

  if (text) {
    add('confidential', find(CONFIDENTIAL_RE, text));
    const publicEmails = new Set(policy.contacts.publicEmails.map((e) => e.toLowerCase()));
    const publicPhones = new Set(policy.contacts.publicPhones.map((p) => p.replace(/\D/gu, '')));
    const personal = [
      ...find(PHONE_RE, text).filter((e) => !publicPhones.has(e.text.replace(/\D/gu, ''))),
      ...find(EMAIL_RE, text).filter((e) => !publicEmails.has(e.text.toLowerCase())),
      ...find(ADDRESS_RE, text),
      ...find(PERSONAL_FILE_RE, text),
    ];
    add('personal-information', personal.sort((a, b) => a.start - b.start));
  }

  return CONDUCT_CODES.filter((code) => found.has(code)).map((code) => ({
    code,
    reason: REASONS[code],
    citations: citations(policy, code),
    evidence: found.get(code) ?? [],
  }));
}
