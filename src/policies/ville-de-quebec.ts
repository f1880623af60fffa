import { villeDeQuebecRoles } from '../roles/rules.js';
import { DEFAULT_CALENDAR, DEFAULT_LANGUAGE, DEFAULT_NETIQUETTE } from './defaults.js';
import { deepFreeze, trustPolicy } from './freeze.js';
import { PolicySchema, type Policy, type PolicyInput } from './schema.js';

const villeDeQuebecInput: PolicyInput = {
  id: 'ville-de-quebec',
  name: 'Politique d’utilisation des outils et services du Web 2.0',
  municipality: 'Ville de Québec',
  source: { title: 'Politique d’utilisation des outils et services du Web 2.0 à la Ville de Québec', year: 2016 },
  citations: {
    // Québec's policy has no netiquette list of its own: moderators follow the applicable
    // moderation charters (§5.2.3); clauses the policy speaks to directly cite that section.
    clauses: {
      privacy: '§5.1.6.2',
      insult: '§5.2.3',
      discrimination: '§5.2.3',
      defamation: '§5.2.3',
      objectionable: '§5.2.3',
      'aggressive-language': '§5.2.3',
      spam: '§5.2.3',
      repetition: '§5.2.3',
      'off-topic': '§5.2.3',
      copyright: '§5.1.3.1',
      'illegal-activity': '§5.1.4.1',
      petition: '§5.2.3',
      'personal-information': '§5.1.6.2',
      inappropriate: '§5.2.3',
      'all-caps': '§5.2.3',
      anonymous: '§5.2.3',
    },
    topics: {
      netiquette: '§5.2.3',
      moderation: '§5.2.3',
      deadlines: '§2.2',
      media: '§5.1.8.1',
      confidentiality: '§5.1.2',
      roles: '§4.1',
      accounts: '§4.1.2.4',
      employees: '§5.1.5.1',
      copyright: '§5.1.3.1',
      attestation: '§8',
      branding: '§5.1.7.1',
      'official-use': '§3',
    },
  },
  netiquette: DEFAULT_NETIQUETTE,
  calendar: DEFAULT_CALENDAR,
  language: DEFAULT_LANGUAGE,
  contacts: {
    // The seed names no address: only the city's public 311 line and website.
    communications: { phone: '311' },
    general: { phone: '311', website: 'https://www.ville.quebec.qc.ca' },
    publicEmails: [],
    publicPhones: ['311'],
    publicDomains: ['ville.quebec.qc.ca'],
  },
  roles: villeDeQuebecRoles,
};

/**
 * The Ville de Québec profile (Web 2.0 policy, 2016): official, professional and personal use
 * (§3), governance roles (§4), conduct rules (§5), attestation (§8).
 *
 * @example
 * ```ts
 * import { villeDeQuebec } from 'netiquette-qc/policies';
 * villeDeQuebec.citations.topics.branding; //=> '§5.1.7.1'
 * ```
 */
export const villeDeQuebec: Policy = trustPolicy(deepFreeze(PolicySchema.parse(villeDeQuebecInput)));
