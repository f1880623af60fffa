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
