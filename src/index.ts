// netiquette-qc: the public API. Every part is also available on its own subpath.
export * from './policies/index.js';
export * from './netiquette/index.js';
export * from './deadlines/index.js';
export * from './language/index.js';
export * from './roles/index.js';
export * from './triage/index.js';
