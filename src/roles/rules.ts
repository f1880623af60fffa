import type { Action, Obligation, RoleRule, RolesConfig } from './model.js';

// Rules are data. Each one cites the section it comes from and says why, in our own words.
// `deny` always wins; `fallback` explains a denial when nothing allows the act (an allow rule
// or a valid grant lifts it); whatever no rule allows is denied with the profile's fallback.

const COMMS = ['communications-lead', 'communications-staff'];
const PUBLISHING: Action[] = ['publish', 'reply'];
const SPEAKING: Action[] = ['publish', 'reply', 'comment', 'request-publication'];

const ob = (code: string, fr: string, en: string): Obligation => ({ code, fr, en });

const COURTEOUS = ob(
  'courteous-tone',
  'Garder un ton courtois, poli et professionnel.',
  'Keep a courteous, polite and professional tone.',
);
const IN_FRENCH = ob(
  'french-first',
  'Écrire en français; l’anglais seulement si la personne a écrit en anglais.',
  'Write in French; English only when the person wrote in English.',
);
const NETIQUETTE = ob(
  'netiquette-applies',
  'Le commentaire reste soumis à la nétiquette et peut être retiré sans avis.',
  'The comment stays subject to the netiquette and may be removed without notice.',
);
const PERSONAL_VIEWS = ob(
  'personal-opinion-disclaimer',
  'Préciser que l’opinion est personnelle et n’engage pas la Ville; ne rien divulguer de confidentiel.',
  'Say the opinion is personal and not the city’s; disclose nothing confidential.',
);
const TO_COMMUNICATIONS = ob(
  'send-to-communications',
  'Transmettre la demande à la responsable des communications avec le sujet et une courte présentation.',
  'Send the request to the communications lead with its subject and a short presentation.',
);
const COMMUNICATIONS_APPROVES = ob(
  'communications-approves',
  'La responsable des communications (ou une personne désignée par la Direction générale) approuve et publie.',
  'The communications lead (or someone general management designates) approves and publishes it.',
);

const laSarreRules: RoleRule[] = [
  // §5.1: the communications team runs the city's pages.
  {
    id: 'communications-publish',
    effect: 'allow',
    roles: COMMS,
    actions: PUBLISHING,
    section: '§5.1',
    reason: {
      fr: 'La responsable et l’équipe des communications publient et répondent au nom de la Ville.',
      en: 'The communications lead and team publish and reply for the city.',
    },
    obligations: [COURTEOUS, IN_FRENCH],
  },
  {
    id: 'communications-manage',
    effect: 'allow',
    roles: COMMS,
    actions: ['moderate', 'edit-branding', 'view-analytics', 'follow-account', 'use-city-branding', 'delegate'],
    section: '§5.1',
    reason: {
      fr: 'Gérer les commentaires, l’aspect visuel, les statistiques, la veille et les délégations revient à l’équipe des communications.',
      en: 'Handling comments, the look of the pages, statistics, monitoring and delegations is the communications team’s job.',
    },
  },
  {
    id: 'communications-ban',
    effect: 'allow',
    roles: COMMS,
    actions: ['ban'],
    section: '§5.5',
    reason: {
      fr: 'Les gestionnaires des pages peuvent exclure une personne qui enfreint la nétiquette à répétition.',
      en: 'Page managers may exclude someone who breaks the netiquette again and again.',
    },
    obligations: [
      ob(
        'repeat-offender-only',
        'Réserver l’exclusion aux récidivistes; la mise en garde doit être affichée sur les pages et le site Web.',
        'Exclude repeat offenders only; the warning must be shown on the pages and the website.',
      ),
    ],
  },
  {
    id: 'communications-emergency',
    effect: 'allow',
    roles: COMMS,
    actions: ['publish', 'reply', 'moderate'],
    when: { emergency: true },
    section: '§14',
    reason: {
      fr: 'En situation d’urgence, les pages servent d’abord à informer la population, par l’équipe des communications.',
      en: 'In an emergency the pages first serve to inform residents, through the communications team.',
    },
    obligations: [
      ob(
        'emergency-priority',
        'Donner priorité à l’information sur l’urgence; les autres échanges peuvent attendre.',
        'Put emergency information first; other exchanges may wait.',
      ),
      ob(
        'civil-security',
        'Suivre les décisions de l’organisation municipale de sécurité civile; les pages ne sont pas un service d’urgence.',
        'Follow the municipal civil-security organization; the pages are not an emergency service.',
      ),
    ],
  },
  {
    id: 'management-designates',
    effect: 'allow',
    roles: ['general-management'],
    actions: ['delegate'],
    section: '§5.6',
    reason: {
      fr: 'La Direction générale désigne les personnes qui gèrent les questions et commentaires.',
      en: 'General management designates who handles questions and comments.',
    },
  },
  // §5.4 and §13.3: accounts.
  {
    id: 'lead-proposes-accounts',
    effect: 'allow',
    roles: ['communications-lead'],
    actions: ['propose-account'],
    section: '§5.4',
    reason: {
      fr: 'Suggérer de nouveaux comptes revient à la responsable des communications, après analyse de la clientèle visée.',
      en: 'Suggesting new accounts is the communications lead’s role, after studying the intended audience.',
    },
  },
  {
    id: 'authorities-approve-accounts',
    effect: 'allow',
    roles: ['council', 'general-management'],
    actions: ['approve-account'],
    section: '§5.4',
    reason: {
      fr: 'Seuls le conseil municipal ou la Direction générale autorisent l’ouverture d’un compte.',
      en: 'Only the municipal council or general management authorizes opening an account.',
    },
  },
  {
    id: 'authorized-account-opened',
    effect: 'allow',
    roles: [...COMMS, 'general-management'],
    actions: ['create-account'],
    when: { approvalsAny: ['council', 'general-management'] },
    section: '§5.4',
    reason: {
      fr: 'Le compte a été autorisé par le conseil ou la Direction générale; les communications peuvent l’ouvrir.',
      en: 'The council or general management authorized the account; communications may open it.',
    },
  },
  {
    id: 'service-account-opened',
    effect: 'allow',
    roles: ['municipal-service', 'committee'],
    actions: ['create-account'],
    when: { approvalsAny: ['council', 'general-management'], approvalsAll: ['communications-lead'] },
    section: '§13.3',
    reason: {
      fr: 'Un service ou un comité peut avoir son propre compte, autorisé par le conseil ou la Direction générale sur recommandation des communications.',
      en: 'A service or committee may run its own account once council or general management authorizes it on the communications lead’s recommendation.',
    },
  },
  {
    id: 'service-proposes-account',
    effect: 'allow',
    roles: ['municipal-service', 'committee'],
    actions: ['propose-account'],
    section: '§13.3',
    reason: {
      fr: 'Un service ou un comité peut demander son propre compte.',
      en: 'A service or committee may ask for an account of its own.',
    },
    obligations: [
      ob(
        'needs-recommendation-and-authorization',
        'Obtenir la recommandation de la responsable des communications, puis l’autorisation du conseil ou de la Direction générale.',
        'Get the communications lead’s recommendation, then the authorization of council or general management.',
      ),
    ],
  },
  // §13.3: services and committees publish through communications.
  {
    id: 'services-request-publication',
    effect: 'allow',
    roles: ['municipal-service', 'committee', 'employee', 'general-management', 'council'],
    actions: ['request-publication'],
    section: '§13.3',
    reason: {
      fr: 'Les services et comités peuvent profiter des pages de la Ville en passant par les communications.',
      en: 'Services and committees may use the city’s pages by going through communications.',
    },
    obligations: [TO_COMMUNICATIONS, COMMUNICATIONS_APPROVES],
  },
  {
    id: 'partners-request-publication',
    effect: 'allow',
    roles: ['partner'],
    actions: ['request-publication'],
    section: '§6',
    reason: {
      fr: 'Un partenaire peut proposer une activité; la Ville décide à sa discrétion de la diffuser.',
      en: 'A partner may suggest an activity; the city decides at its discretion whether to share it.',
    },
    obligations: [TO_COMMUNICATIONS],
  },
  // Comments on the city's pages.
  {
    id: 'anyone-comments',
    effect: 'allow',
    roles: '*',
    actions: ['comment'],
    section: '§5.5',
    reason: {
      fr: 'Tout le monde est invité à commenter, dans le respect de la nétiquette.',
      en: 'Everyone is welcome to comment, within the netiquette.',
    },
    obligations: [NETIQUETTE],
  },
  {
    id: 'employee-comments',
    effect: 'allow',
    roles: ['employee'],
    actions: ['comment'],
    section: '§13.1',
    reason: {
      fr: 'Un employé peut commenter à titre personnel; ses propos restent des opinions personnelles.',
      en: 'An employee may comment in a personal capacity; what they say stays a personal opinion.',
    },
    obligations: [PERSONAL_VIEWS, NETIQUETTE],
  },
  {
    id: 'council-member-general-information',
    effect: 'allow',
    roles: ['council-member'],
    actions: ['comment'],
    when: { content: ['general-information'] },
    section: '§13.2',
    reason: {
      fr: 'Les élus peuvent laisser des commentaires d’information générale ou d’intérêt public sur les pages de la Ville.',
      en: 'Elected members may leave general-information or public-interest comments on the city’s pages.',
    },
  },
  {
    id: 'supplier-comments',
    effect: 'allow',
    roles: ['supplier'],
    actions: ['comment'],
    section: '§13.4',
    reason: {
      fr: 'Un fournisseur peut commenter, sans porter atteinte publiquement à la Ville.',
      en: 'A supplier may comment, without publicly harming the city.',
    },
    obligations: [
      ob(
        'no-public-harm',
        'Ne pas nuire publiquement à la Ville tant que dure la relation d’affaires.',
        'Do not publicly harm the city while doing business with it.',
      ),
      NETIQUETTE,
    ],
  },
  {
    id: 'official-work-email',
    effect: 'allow',
    roles: COMMS,
    actions: ['register-with-work-email'],
    when: { usage: ['official'] },
    section: '§5.1',
    reason: {
      fr: 'Un compte officiel géré par les communications peut être inscrit avec une adresse de la Ville.',
      en: 'An official account run by communications may be registered with a city address.',
    },
  },

  // Hard denials: nothing lifts them.
  {
    id: 'personal-account-not-city-voice',
    effect: 'deny',
    roles: '*',
    actions: PUBLISHING,
    when: { usage: ['personal', 'professional'] },
    section: '§13.1',
    reason: {
      fr: 'Seuls les comptes officiels parlent au nom de la Ville, jamais un compte personnel.',
      en: 'Only official accounts speak for the city, never a personal account.',
    },
  },
  {
    id: 'no-city-branding-on-personal-accounts',
    effect: 'deny',
    roles: '*',
    actions: ['use-city-branding'],
    when: { usage: ['personal', 'professional'] },
    section: '§13.1',
    reason: {
      fr: 'Sur un compte personnel, les propos sont personnels : l’image de la Ville laisserait croire le contraire.',
      en: 'On a personal account posts are personal; the city’s branding would suggest otherwise.',
    },
  },
  {
    id: 'no-work-email-for-private-accounts',
    effect: 'deny',
    roles: '*',
    actions: ['register-with-work-email'],
    when: { not: { usage: ['official'] } },
    section: '§13.1',
    reason: {
      fr: 'Une inscription privée se fait avec une adresse personnelle : l’adresse du travail laisse croire qu’on agit pour la Ville.',
      en: 'Private sign-ups use a personal address: a work address suggests one acts for the city.',
    },
  },
  {
    id: 'council-does-not-manage-pages',
    effect: 'deny',
    roles: ['council', 'council-member'],
    actions: ['publish', 'reply', 'moderate', 'ban', 'edit-branding'],
    section: '§13.2',
    reason: {
      fr: 'Les pages de la Ville diffusent l’information administrative; les élus ne les gèrent pas.',
      en: 'The city’s pages carry administrative information; elected members do not run them.',
    },
  },
  {
    id: 'council-member-no-political-comment',
    effect: 'deny',
    roles: ['council-member'],
    actions: ['comment'],
    when: { not: { content: ['general-information'] } },
    section: '§13.2',
    reason: {
      fr: 'Sur les pages de la Ville, un élu se limite à l’information générale; ses opinions politiques vont sur ses comptes personnels.',
      en: 'On the city’s pages an elected member sticks to general information; political opinions belong on personal accounts.',
    },
  },
  {
    id: 'no-politics-on-city-pages',
    effect: 'deny',
    roles: '*',
    actions: ['publish', 'reply', 'request-publication'],
    when: { content: ['political-opinion', 'partisan'] },
    section: '§13.2',
    reason: {
      fr: 'Les pages de la Ville traitent de l’administration municipale, pas de politique.',
      en: 'The city’s pages deal with municipal administration, not politics.',
    },
  },
  {
    id: 'netiquette-no-political-comments',
    effect: 'deny',
    roles: '*',
    actions: ['comment'],
    when: { content: ['political-opinion', 'partisan'] },
    section: '§5.5',
    reason: {
      fr: 'La nétiquette exclut les commentaires à caractère politique ou partisan.',
      en: 'The netiquette rules out political or partisan comments.',
    },
  },
  {
    id: 'electoral-no-partisan-content',
    effect: 'deny',
    roles: '*',
    actions: SPEAKING,
    when: { electoralPeriod: true, content: ['partisan', 'political-opinion'] },
    section: '§13.2',
    reason: {
      fr: 'En période électorale, tout contenu lié à une campagne est retiré des pages de la Ville.',
      en: 'During an election, anything tied to a campaign is removed from the city’s pages.',
    },
  },
  {
    id: 'electoral-city-takes-no-side',
    effect: 'deny',
    roles: '*',
    actions: PUBLISHING,
    when: { electoralPeriod: true, target: ['candidate', 'party'], not: { content: ['general-information'] } },
    section: '§13.2',
    reason: {
      fr: 'En période électorale, la Ville ne commente ni ne défend aucun candidat ou parti.',
      en: 'During an election the city neither comments on nor defends any candidate or party.',
    },
  },
  {
    id: 'electoral-candidates-not-on-city-pages',
    effect: 'deny',
    roles: ['candidate'],
    actions: SPEAKING,
    when: { electoralPeriod: true },
    section: '§13.2',
    reason: {
      fr: 'Les candidats ne peuvent pas présenter leurs idées sur les pages officielles de la Ville.',
      en: 'Candidates may not present their ideas on the city’s official pages.',
    },
  },
  {
    id: 'no-following-candidates-or-parties',
    effect: 'deny',
    roles: '*',
    actions: ['follow-account'],
    when: { target: ['candidate', 'party'] },
    section: '§13.2',
    reason: {
      fr: 'Les comptes de la Ville ne s’abonnent à aucun compte de candidat ou de parti politique.',
      en: 'City accounts follow no candidate’s or political party’s account.',
    },
  },
  {
    id: 'media-not-answered-on-social',
    effect: 'deny',
    roles: '*',
    actions: ['answer-media'],
    section: '§10',
    reason: {
      fr: 'Les demandes des médias ne reçoivent aucune réponse sur les médias sociaux, en privé comme en public.',
      en: 'Media requests get no answer on social media, whether private or public.',
    },
    obligations: [
      ob(
        'redirect-media',
        'Inviter le média à joindre la responsable des communications par courriel ou par téléphone.',
        'Ask the outlet to reach the communications lead by e-mail or phone.',
      ),
    ],
  },
  {
    id: 'complaints-not-public',
    effect: 'deny',
    roles: '*',
    actions: ['handle-complaint-publicly'],
    section: '§11',
    reason: {
      fr: 'Les plaintes ne sont pas traitées publiquement sur les médias sociaux.',
      en: 'Complaints are not dealt with publicly on social media.',
    },
    obligations: [
      ob(
        'route-complaint',
        'Aviser le service visé par la plainte et s’assurer d’un suivi privé avec la personne.',
        'Notify the service the complaint concerns and make sure someone follows up privately.',
      ),
      ob(
        'complaint-channels',
        'Indiquer les voies officielles : courriel, formulaire de requête ou téléphone.',
        'Point to the official channels: e-mail, request form or phone.',
      ),
    ],
  },
  {
    id: 'no-confidential-content',
    effect: 'deny',
    roles: '*',
    actions: SPEAKING,
    when: { content: ['confidential', 'personal-information'] },
    section: '§12',
    reason: {
      fr: 'Aucun renseignement personnel ni information non publique ne peut être divulgué sur les médias sociaux.',
      en: 'No personal or non-public information may be disclosed on social media.',
    },
  },
  {
    id: 'accounts-need-authorization',
    effect: 'deny',
    roles: '*',
    actions: ['create-account'],
    when: { not: { approvalsAny: ['council', 'general-management'] } },
    section: '§5.4',
    reason: {
      fr: 'Un compte ne peut être ouvert sans l’autorisation du conseil municipal ou de la Direction générale.',
      en: 'No account may be opened without the authorization of council or general management.',
    },
  },
  {
    id: 'service-account-needs-recommendation',
    effect: 'deny',
    roles: '*',
    actions: ['create-account', 'approve-account'],
    when: { accountOwner: ['service', 'committee'], not: { approvalsAll: ['communications-lead'] } },
    section: '§13.3',
    reason: {
      fr: 'Le compte propre d’un service ou d’un comité exige d’abord la recommandation de la responsable des communications.',
      en: 'A service’s or committee’s own account first needs the communications lead’s recommendation.',
    },
  },
  {
    id: 'own-account-needs-recommendation',
    effect: 'deny',
    roles: ['municipal-service', 'committee'],
    actions: ['create-account'],
    when: { not: { approvalsAll: ['communications-lead'] } },
    section: '§13.3',
    reason: {
      fr: 'Un service ou un comité n’ouvre son compte qu’avec la recommandation de la responsable des communications.',
      en: 'A service or committee opens its account only with the communications lead’s recommendation.',
    },
  },
  {
    id: 'outside-mandate',
    effect: 'deny',
    roles: '*',
    actions: ['publish', 'reply', 'moderate', 'ban'],
    when: { withinMandate: false },
    section: '§5.3',
    reason: {
      fr: 'La personne sortirait du cadre de sa fonction (comptes ou sujets qui lui sont confiés).',
      en: 'The person would step outside their role (the accounts or topics entrusted to them).',
    },
  },

  // Fallbacks: why the act is denied when nothing allows it.
  {
    id: 'employee-not-spokesperson',
    effect: 'fallback',
    roles: ['employee'],
    actions: PUBLISHING,
    section: '§13.1',
    reason: {
      fr: 'Un employé ne répond pas au nom de la Ville, sauf délégation valide en ce moment.',
      en: 'An employee does not answer for the city unless a delegation covers it right now.',
    },
  },
  {
    id: 'services-go-through-communications',
    effect: 'fallback',
    roles: ['municipal-service', 'committee'],
    actions: PUBLISHING,
    section: '§13.3',
    reason: {
      fr: 'Un service ou un comité ne publie pas lui-même : il transmet une demande aux communications.',
      en: 'A service or committee does not publish itself: it sends a request to communications.',
    },
    obligations: [TO_COMMUNICATIONS],
  },
  {
    id: 'emergency-designated-only',
    effect: 'fallback',
    roles: '*',
    actions: ['publish', 'reply', 'moderate'],
    when: { emergency: true },
    section: '§14',
    reason: {
      fr: 'En situation d’urgence, seuls les employés des communications autorisés par la Direction générale gèrent les pages.',
      en: 'In an emergency only communications staff authorized by general management run the pages.',
    },
  },
  {
    id: 'management-tasks-are-communications',
    effect: 'fallback',
    roles: '*',
    actions: ['moderate', 'ban', 'edit-branding', 'view-analytics', 'delegate', 'follow-account'],
    section: '§5.1',
    reason: {
      fr: 'Cette tâche de gestion des pages revient à l’équipe des communications ou à ses délégués.',
      en: 'This page-management task belongs to the communications team or its delegates.',
    },
  },
  {
    id: 'accounts-are-planned',
    effect: 'fallback',
    roles: '*',
    actions: ['propose-account', 'approve-account', 'create-account'],
    section: '§5.4',
    reason: {
      fr: 'Les communications proposent les comptes; seuls le conseil ou la Direction générale les autorisent.',
      en: 'Communications proposes accounts; only council or general management authorizes them.',
    },
  },
  {
    id: 'publication-requests-from-services',
    effect: 'fallback',
    roles: '*',
    actions: ['request-publication'],
    section: '§13.3',
    reason: {
      fr: 'Les demandes de publication viennent des services et comités municipaux, par les communications.',
      en: 'Publication requests come from municipal services and committees, through communications.',
    },
  },
];

/**
 * Role rules of the La Sarre profile (data): communications run the pages (§5.1), replacements
 * (§5.2), only authorized people speak for the city (§5.3), accounts (§5.4), questions (§5.6),
 * media (§10), complaints (§11), confidentiality (§12), employees, council, services and
 * suppliers (§13), emergencies (§14).
 *
 * @example
 * ```ts
 * import { laSarreRoles } from 'netiquette-qc/roles';
 * laSarreRoles.grants.replacement?.section; //=> '§5.2'
 * ```
 */
export const laSarreRoles: RolesConfig = {
  extraRoles: [],
  grants: {
    delegation: {
      grantors: ['communications-lead', 'communications-staff'],
      actions: ['publish', 'reply', 'moderate', 'ban', 'view-analytics'],
      section: '§5.1',
      reason: {
        fr: 'Les communications peuvent déléguer à des collaborateurs l’accès à la gestion des pages.',
        en: 'Communications may give collaborators access to running the pages.',
      },
      byGrantor: {
        'general-management': {
          actions: ['reply', 'moderate'],
          section: '§5.6',
          reason: {
            fr: 'Les questions et les commentaires sont gérés par les personnes que la Direction générale autorise.',
            en: 'Questions and comments are handled by the people general management authorizes.',
          },
        },
      },
    },
    replacement: {
      grantors: ['general-management', 'communications-lead'],
      actions: [
        'publish',
        'reply',
        'moderate',
        'ban',
        'edit-branding',
        'view-analytics',
        'follow-account',
        'use-city-branding',
      ],
      section: '§5.2',
      reason: {
        fr: 'Pendant les vacances ou un congé prolongé, la direction désigne des remplaçants temporaires.',
        en: 'During holidays or extended leave, management designates temporary replacements.',
      },
    },
    emergency: {
      grantors: ['general-management'],
      actions: ['publish', 'reply', 'moderate'],
      section: '§14',
      reason: {
        fr: 'En situation d’urgence, la Direction générale autorise des employés à gérer les pages.',
        en: 'In an emergency, general management authorizes employees to run the pages.',
      },
    },
  },
  fallback: {
    section: '§5.3',
    reason: {
      fr: 'Aucune règle n’autorise ce rôle à faire ce geste : seules les personnes désignées agissent pour la Ville.',
      en: 'No rule lets this role do this: only designated people act for the city.',
    },
  },
  rules: laSarreRules,
  conduct: {
    'missing-disclaimer': ['§13.1'],
    'city-branding': ['§13.1', '§5.3'],
    'work-email': ['§13.1'],
    confidential: ['§13.1', '§12'],
    'speaking-for-city': ['§13.1', '§5.3'],
    'personal-information': ['§13.1', '§12'],
  },
};

// ——— Ville de Québec ———

const QC_COMMS = ['communications-lead', 'communications-staff'];
const QC_STAFF = ['employee', 'manager', 'moderator', 'it-service', 'municipal-service', 'committee', 'general-management'];
const BOTH_AUTHORIZATIONS: ('communications' | 'supervisor')[] = ['communications', 'supervisor'];

const QC_MANDATE = ob(
  'within-mandate',
  'Agir dans les limites du mandat confié; en cas de doute, vérifier auprès des communications et du supérieur.',
  'Stay within the mandate given; when in doubt, check with communications and the supervisor.',
);
const QC_OFFICIAL_PROFILE = ob(
  'official-profile',
  'Utiliser le profil officiel déterminé par le Service des communications, distinct des profils personnels.',
  'Use the official profile set by the communications service, separate from personal profiles.',
);
const QC_CHARTER = ob(
  'moderation-charter',
  'Appliquer la charte de modération du compte.',
  'Apply the account’s moderation charter.',
);
const QC_CONSULT = ob(
  'consult-communications',
  'Passer par le Service des communications, qui conseille et valide.',
  'Go through the communications service, which advises and validates.',
);

const quebecRules: RoleRule[] = [
  {
    id: 'communications-official-use',
    effect: 'allow',
    roles: QC_COMMS,
    actions: ['publish', 'reply', 'use-city-branding'],
    section: '§3',
    reason: {
      fr: 'Le Service des communications est l’autorité des communications officielles de la Ville.',
      en: 'The communications service is the authority for the city’s official communications.',
    },
    obligations: [QC_OFFICIAL_PROFILE],
  },
  {
    id: 'authorized-official-use',
    effect: 'allow',
    roles: QC_STAFF,
    actions: ['publish', 'reply', 'use-city-branding'],
    when: { authorizations: BOTH_AUTHORIZATIONS },
    section: '§3',
    reason: {
      fr: 'L’employé a l’autorisation formelle du Service des communications et de son supérieur pour l’usage officiel.',
      en: 'The employee holds formal authorization from the communications service and their supervisor for official use.',
    },
    obligations: [QC_MANDATE, QC_OFFICIAL_PROFILE],
  },
  {
    id: 'moderation-by-charter',
    effect: 'allow',
    roles: ['moderator', ...QC_COMMS],
    actions: ['moderate', 'ban'],
    section: '§5.2.3',
    reason: {
      fr: 'La personne responsable de la modération agit selon les chartes de modération applicables.',
      en: 'Whoever is in charge of moderation acts under the applicable moderation charters.',
    },
    obligations: [QC_CHARTER],
  },
  {
    id: 'communications-evaluates',
    effect: 'allow',
    roles: QC_COMMS,
    actions: ['view-analytics'],
    section: '§4.2',
    reason: {
      fr: 'Le Service des communications évalue les retombées des initiatives officielles.',
      en: 'The communications service evaluates the results of official initiatives.',
    },
  },
  {
    id: 'communications-sets-profiles',
    effect: 'allow',
    roles: QC_COMMS,
    actions: ['edit-branding'],
    section: '§5.2.2',
    reason: {
      fr: 'Le Service des communications détermine les profils officiels et leur image.',
      en: 'The communications service sets the official profiles and how they look.',
    },
  },
  {
    id: 'communications-federates-accounts',
    effect: 'allow',
    roles: QC_COMMS,
    actions: ['propose-account', 'approve-account', 'create-account', 'follow-account'],
    section: '§4.1.2.4',
    reason: {
      fr: 'Le Service des communications crée et fédère les comptes officiels selon la stratégie globale.',
      en: 'The communications service creates and federates official accounts under the overall strategy.',
    },
  },
  {
    id: 'authorized-official-profile',
    effect: 'allow',
    roles: QC_STAFF,
    actions: ['create-account'],
    when: { authorizations: BOTH_AUTHORIZATIONS },
    section: '§5.2.1',
    reason: {
      fr: 'Les communications et le supérieur ont expressément autorisé ce profil officiel.',
      en: 'Communications and the supervisor expressly authorized this official profile.',
    },
    obligations: [QC_OFFICIAL_PROFILE],
  },
  {
    id: 'managers-designate-users',
    effect: 'allow',
    roles: ['manager'],
    actions: ['delegate'],
    section: '§4.1.5.2',
    reason: {
      fr: 'Les gestionnaires désignent les utilisateurs autorisés.',
      en: 'Managers designate authorized users.',
    },
    obligations: [
      ob('clear-mandate', 'Donner au mandat des limites claires (comptes, sujets).', 'Give the mandate clear limits (accounts, topics).'),
    ],
  },
  {
    id: 'communications-identifies-official-users',
    effect: 'allow',
    // The communications service as a whole (§4.1.2), not only its head.
    roles: ['communications-lead', 'communications-staff'],
    actions: ['delegate'],
    section: '§4.1.2.3',
    reason: {
      fr: 'Les communications identifient, avec les gestionnaires, les employés qui font un usage officiel.',
      en: 'Communications identifies, with managers, the employees who make official use.',
    },
  },
  {
    id: 'staff-propose-accounts',
    effect: 'allow',
    roles: ['manager', 'employee', 'municipal-service'],
    actions: ['propose-account', 'request-publication'],
    section: '§4.1.5.1',
    reason: {
      fr: 'Les gestionnaires et leurs équipes s’adressent aux communications pour choisir les bons outils.',
      en: 'Managers and their teams turn to communications to choose the right tools.',
    },
    obligations: [QC_CONSULT],
  },
  {
    id: 'anyone-comments',
    effect: 'allow',
    roles: '*',
    actions: ['comment'],
    section: '§5.2.3',
    reason: {
      fr: 'Les commentaires sont reçus et modérés selon la charte de modération.',
      en: 'Comments are welcome and moderated under the moderation charter.',
    },
    obligations: [QC_CHARTER],
  },
  {
    id: 'employees-comment-personally',
    effect: 'allow',
    roles: ['employee', 'manager', 'moderator', 'it-service'],
    actions: ['comment'],
    section: '§5.1.5.1',
    reason: {
      fr: 'Un employé peut commenter à titre personnel s’il distingue nettement son identité personnelle de son rôle.',
      en: 'An employee may comment personally if they clearly separate their personal identity from their role.',
    },
    obligations: [
      ob(
        'personal-opinion-disclaimer',
        'Indiquer dans le profil que les opinions sont personnelles; le devoir de loyauté demeure.',
        'State in the profile that views are personal; the duty of loyalty still applies.',
      ),
    ],
  },
  {
    id: 'communications-media-relations',
    effect: 'allow',
    roles: QC_COMMS,
    actions: ['answer-media'],
    section: '§5.1.8.1',
    reason: {
      fr: 'Les spécialistes des relations médias du Service des communications prennent le relais.',
      en: 'The communications service’s media-relations specialists take over.',
    },
  },
  {
    id: 'work-email-within-duties',
    effect: 'allow',
    roles: [...QC_COMMS, ...QC_STAFF],
    actions: ['register-with-work-email'],
    when: { usage: ['official'] },
    section: '§5.1.7.2',
    reason: {
      fr: 'Dans le cadre de ses fonctions, un compte peut être créé avec l’adresse de la Ville.',
      en: 'Within one’s duties, an account may be created with the city address.',
    },
  },

  {
    id: 'official-needs-official-identity',
    effect: 'deny',
    roles: '*',
    actions: PUBLISHING,
    when: { usage: ['professional', 'personal'] },
    section: '§5.2.2',
    reason: {
      fr: 'Parler pour la Ville exige le profil officiel, distinct des profils personnels et professionnels.',
      en: 'Speaking for the city needs the official profile, separate from personal and professional ones.',
    },
  },
  {
    id: 'symbols-official-only',
    effect: 'deny',
    roles: '*',
    actions: ['use-city-branding'],
    when: { usage: ['professional', 'personal'] },
    section: '§5.1.7.1',
    reason: {
      fr: 'Les symboles et signatures de la Ville sont réservés aux communications officielles.',
      en: 'The city’s symbols and signatures are for official communications only.',
    },
  },
  {
    id: 'no-city-email-outside-duties',
    effect: 'deny',
    roles: '*',
    actions: ['register-with-work-email'],
    when: { not: { usage: ['official'] } },
    section: '§5.1.7.2',
    reason: {
      fr: 'Hors de ses fonctions, on ne crée pas de compte avec l’adresse courriel de la Ville.',
      en: 'Outside one’s duties, no account is created with the city e-mail address.',
    },
  },
  {
    id: 'stay-within-mandate',
    effect: 'deny',
    roles: '*',
    actions: ['publish', 'reply', 'moderate', 'ban', 'create-account', 'use-city-branding'],
    when: { withinMandate: false },
    section: '§4.1.5.2',
    reason: {
      fr: 'Le geste sort des limites du mandat confié (comptes ou sujets).',
      en: 'The act goes beyond the limits of the mandate given (accounts or topics).',
    },
  },
  {
    id: 'only-public-information',
    effect: 'deny',
    roles: '*',
    actions: SPEAKING,
    when: { content: ['confidential'] },
    section: '§5.1.2.2',
    reason: {
      fr: 'Seule l’information rendue publique se partage; l’exclusivité, le calendrier des annonces et les embargos sont respectés.',
      en: 'Only information already made public is shared; exclusivity, announcement schedules and embargoes are respected.',
    },
  },
  {
    id: 'others-personal-information',
    effect: 'deny',
    roles: '*',
    actions: SPEAKING,
    when: { content: ['personal-information'] },
    section: '§5.1.6.2',
    reason: {
      fr: 'Les renseignements personnels d’autrui ne se publient pas sans le consentement des personnes concernées.',
      en: 'Other people’s personal information is not published without their consent.',
    },
  },
  {
    id: 'duty-of-reserve',
    effect: 'deny',
    roles: '*',
    actions: ['publish', 'reply', 'request-publication', 'follow-account'],
    when: { content: ['political-opinion', 'partisan'] },
    section: '§1.3',
    reason: {
      fr: 'Le devoir de réserve exclut les prises de position politiques au nom de la Ville.',
      en: 'The duty of reserve rules out political stances on the city’s behalf.',
    },
  },
  {
    id: 'reserve-no-following-politicians',
    effect: 'deny',
    roles: '*',
    actions: ['follow-account'],
    when: { target: ['candidate', 'party'] },
    section: '§1.3',
    reason: {
      fr: 'Par devoir de réserve, un compte officiel ne s’abonne pas à un candidat ou à un parti.',
      en: 'Under the duty of reserve, an official account does not follow a candidate or a party.',
    },
  },

  {
    id: 'official-use-needs-two-authorizations',
    effect: 'fallback',
    roles: QC_STAFF,
    actions: ['publish', 'reply'],
    section: '§3',
    reason: {
      fr: 'L’usage officiel exige l’autorisation formelle du Service des communications ET du supérieur.',
      en: 'Official use needs formal authorization from the communications service AND the supervisor.',
    },
    obligations: [QC_CONSULT],
  },
  {
    id: 'official-profile-needs-authorization',
    effect: 'fallback',
    roles: QC_STAFF,
    actions: ['create-account'],
    section: '§5.2.1',
    reason: {
      fr: 'Créer un profil officiel exige l’autorisation expresse des communications et du supérieur.',
      en: 'Creating an official profile needs express authorization from communications and the supervisor.',
    },
    obligations: [QC_CONSULT],
  },
  {
    id: 'symbols-need-official-use',
    effect: 'fallback',
    roles: '*',
    actions: ['use-city-branding'],
    section: '§5.1.7.1',
    reason: {
      fr: 'Les symboles de la Ville ne servent qu’aux communications officielles autorisées.',
      en: 'City symbols serve only authorized official communications.',
    },
  },
  {
    id: 'media-to-communications',
    effect: 'fallback',
    roles: '*',
    actions: ['answer-media'],
    section: '§5.1.8.1',
    reason: {
      fr: 'Un employé interpellé par un média le dirige vers le Service des communications.',
      en: 'An employee approached by the media refers them to the communications service.',
    },
    obligations: [
      ob(
        'redirect-media',
        'Diriger la personne vers le Service des communications.',
        'Refer the person to the communications service.',
      ),
    ],
  },
  {
    id: 'complaints-protect-privacy',
    effect: 'fallback',
    roles: '*',
    actions: ['handle-complaint-publicly'],
    section: '§5.1.6.2',
    reason: {
      fr: 'Traiter un dossier personnel en public exposerait les renseignements d’une personne.',
      en: 'Handling someone’s case in public would expose their personal information.',
    },
  },
  {
    id: 'accounts-by-communications',
    effect: 'fallback',
    roles: '*',
    actions: ['propose-account', 'approve-account', 'create-account', 'follow-account', 'edit-branding'],
    section: '§4.1.2.4',
    reason: {
      fr: 'Les comptes et profils officiels sont créés et coordonnés par le Service des communications.',
      en: 'Official accounts and profiles are created and coordinated by the communications service.',
    },
  },
  {
    id: 'moderation-is-designated',
    effect: 'fallback',
    roles: '*',
    actions: ['moderate', 'ban', 'view-analytics', 'delegate'],
    section: '§4.1.5.2',
    reason: {
      fr: 'Seules les personnes désignées par leur gestionnaire accèdent à la gestion des outils.',
      en: 'Only people their manager designates get access to running the tools.',
    },
  },
];

/**
 * Role rules of the Ville de Québec profile (data): official use needs two formal
 * authorizations (§3), governance (§4), conduct rules (§5), attestation within ten days (§8).
 *
 * @example
 * ```ts
 * import { villeDeQuebecRoles } from 'netiquette-qc/roles';
 * villeDeQuebecRoles.attestation?.days; //=> 10
 * ```
 */
export const villeDeQuebecRoles: RolesConfig = {
  extraRoles: [],
  grants: {
    delegation: {
      grantors: ['communications-lead', 'manager'],
      actions: ['moderate', 'ban', 'view-analytics'],
      section: '§4.1.5.2',
      reason: {
        fr: 'Un gestionnaire ou les communications désignent une personne autorisée à accéder aux outils, avec un mandat limité.',
        en: 'A manager or communications designates someone allowed to use the tools, with a limited mandate.',
      },
    },
    replacement: {
      grantors: ['general-management', 'manager'],
      actions: ['moderate', 'ban', 'view-analytics'],
      section: '§4.1.5.2',
      reason: {
        fr: 'Le gestionnaire désigne un remplaçant autorisé pour la durée de l’absence.',
        en: 'The manager designates an authorized stand-in for the length of the absence.',
      },
    },
    // No emergency grants: Québec's policy names urgent communications among its uses (§2) but
    // sets no emergency exception to the formal authorizations of §3.
  },
  fallback: {
    section: '§3',
    reason: {
      fr: 'Rien dans la politique n’autorise ce rôle à faire ce geste; l’usage officiel demande une autorisation formelle.',
      en: 'Nothing in the policy lets this role do this; official use needs formal authorization.',
    },
  },
  rules: quebecRules,
  conduct: {
    'missing-disclaimer': ['§5.1.5.1'],
    'city-branding': ['§5.1.7.1'],
    'work-email': ['§5.1.7.2'],
    confidential: ['§5.1.2.1', '§5.1.2.2'],
    'speaking-for-city': ['§5.1.5.1', '§3'],
    'personal-information': ['§5.1.6.2', '§5.1.2.2'],
  },
  attestation: { days: 10, section: '§8' },
};
