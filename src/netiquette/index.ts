export { CLAUSE_IDS, OBJECTIONABLE_SUBCATEGORIES, clauses, type ClauseId, type ClauseInfo, type Bilingual, type ObjectionableSubcategory } from './clauses.js';
export { moderate, type ModerateOptions, type ModerationResult } from './moderate.js';
export {
  classifiers, aggressiveLanguage, allCaps, anonymous, copyright, defamation, discrimination, illegalActivity, inappropriate,
  insult, objectionable, offTopic, personalInformation, petition, privacy, repetition, spam,
} from './classifiers/index.js';
export type { Classifier, ClassifierOptions } from './context.js';
export type { Finding, Violation, Evidence } from './finding.js';
export { CommentInputSchema, type CommentInput, type ParsedComment } from './input.js';
export { normalize, type NormalizedText, type NormToken } from '../text/normalize.js';
export { tokenize, type Token } from '../text/tokens.js';
export { foldAccents, foldKey } from '../text/fold.js';
export { PolicyInputError, isPolicyInputError } from '../errors.js';
