import { laSarreRoles } from '../roles/rules.js';
import { DEFAULT_CALENDAR, DEFAULT_LANGUAGE, DEFAULT_NETIQUETTE } from './defaults.js';
import { deepFreeze, trustPolicy } from './freeze.js';
import { PolicySchema, type Policy, type PolicyInput } from './schema.js';

const laSarreInput: PolicyInput = {
  id: 'la-sarre',
  name: 'Politique d’utilisation des médias sociaux',
  municipality: 'Ville de La Sarre',
  source: { title: 'Politique d’utilisation des médias sociaux (adaptée de la Ville de St-Amable, 2020)', year: 2020 },
  citations: {
    clauses: {
      privacy: '§5.5',
      insult: '§5.5',
      discrimination: '§5.5',
      defamation: '§5.5',
      objectionable: '§5.5',
      'aggressive-language': '§5.5',
      spam: '§5.5',
      repetition: '§5.5',
      'off-topic': '§5.5',
      copyright: '§5.5',
      'illegal-activity': '§5.5',
      petition: '§5.5',
      'personal-information': '§5.5',
      inappropriate: '§5.5',
      'all-caps': '§5.5',
      anonymous: '§5.5',
    },
    topics: {
      netiquette: '§5.5',
      moderation: '§5.5',
      deadlines: '§5.6.1',
      tone: '§5.6.2',
      language: '§5.7',
      media: '§10',
      complaints: '§11',
      confidentiality: '§12',
      emergency: '§14',
      roles: '§5.1',
      accounts: '§5.4',
      employees: '§13.1',
      council: '§13.2',
      services: '§13.3',
      suppliers: '§13.4',
      copyright: '§9',
      hyperlinks: '§8',
      advertising: '§7',
    },
  },
  netiquette: DEFAULT_NETIQUETTE,
  calendar: DEFAULT_CALENDAR,
  language: DEFAULT_LANGUAGE,
  contacts: {
    communications: { email: 'communications@ville.lasarre.qc.ca', phone: '819-333-2282' },
    general: {
      email: 'info@ville.lasarre.qc.ca',
      phone: '819-333-2282',
      website: 'https://www.ville.lasarre.qc.ca',
      requestFormUrl: 'https://www.ville.lasarre.qc.ca',
    },
    publicEmails: ['communications@ville.lasarre.qc.ca', 'info@ville.lasarre.qc.ca'],
    publicPhones: ['819-333-2282'],
    publicDomains: ['ville.lasarre.qc.ca'],
  },
  roles: laSarreRoles,
};

/**
 * The Ville de La Sarre profile (social-media policy adapted from St-Amable, 2020): netiquette
 * §5.5, response delays §5.6.1, official language §5.7, media §10, complaints §11, roles §5 and
 * §13, emergencies §14. The default profile of every function.
 *
 * @example
 * ```ts
 * import { laSarre } from 'netiquette-qc/policies';
 * laSarre.citations.topics.deadlines; //=> '§5.6.1'
 * laSarre.contacts.general.email; //=> 'info@ville.lasarre.qc.ca'
 * ```
 */
export const laSarre: Policy = trustPolicy(deepFreeze(PolicySchema.parse(laSarreInput)));
