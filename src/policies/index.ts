export { laSarre } from './la-sarre.js';
export { villeDeQuebec } from './ville-de-quebec.js';
export { definePolicy, type PolicyOverrides, type DeepPartial } from './define-policy.js';
export { policyJsonSchema } from './json-schema.js';
export { PolicySchema, CITATION_TOPICS, type Policy, type PolicyInput, type CitationTopic } from './schema.js';
export type { Citation } from './common.js';
export { PolicyInputError, isPolicyInputError, type PolicyInputIssue } from '../errors.js';
