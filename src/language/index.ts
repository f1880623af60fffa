export {
  detectLanguage,
  type DetectedLanguage,
  type SegmentLanguage,
  type LanguageSegment,
  type LanguageDetection,
} from './detect.js';
export { LanguageConfigSchema, type LanguageConfig } from './config.js';
export { ANGLICISMS, type Anglicism } from './data/anglicisms.js';
export { TOLERATED_TECH_TERMS } from './data/technical.js';
export {
  checkReplyLanguage,
  type ReplyForm,
  type LanguageTopic,
  type ReplyLanguageOptions,
  type LanguageReasonCode,
  type LanguageReason,
  type AnglicismSuggestion,
  type LanguageWarningCode,
  type LanguageWarning,
  type LanguageVerdict,
} from './policy.js';
