import type { ClauseId } from '../clauses.js';
import type { Classifier } from '../context.js';
import { aggressiveLanguage } from './aggressive-language.js';
import { allCaps } from './all-caps.js';
import { anonymous } from './anonymous.js';
import { copyright } from './copyright.js';
import { defamation } from './defamation.js';
import { discrimination } from './discrimination.js';
import { illegalActivity } from './illegal-activity.js';
import { inappropriate } from './inappropriate.js';
import { insult } from './insult.js';
import { objectionable } from './objectionable.js';
import { offTopic } from './off-topic.js';
import { personalInformation } from './personal-information.js';
import { petition } from './petition.js';
import { privacy } from './privacy.js';
import { repetition } from './repetition.js';
import { spam } from './spam.js';

/**
 * Every netiquette classifier, by clause id. Each takes a comment and options and returns a
 * finding or null.
 *
 * @example
 * ```ts
 * import { classifiers } from 'netiquette-qc/netiquette';
 * classifiers['all-caps']({ text: 'VOUS ÊTES TOUS DES INCAPABLES' })?.clause; //=> 'all-caps'
 * Object.keys(classifiers).length; //=> 16
 * ```
 */
export const classifiers: Readonly<Record<ClauseId, Classifier>> = Object.freeze({
  privacy,
  insult,
  discrimination,
  defamation,
  objectionable,
  'aggressive-language': aggressiveLanguage,
  spam,
  repetition,
  'off-topic': offTopic,
  copyright,
  'illegal-activity': illegalActivity,
  petition,
  'personal-information': personalInformation,
  inappropriate,
  'all-caps': allCaps,
  anonymous,
});

export {
  aggressiveLanguage, allCaps, anonymous, copyright, defamation, discrimination, illegalActivity, inappropriate, insult,
  objectionable, offTopic, personalInformation, petition, privacy, repetition, spam,
};
