// netiquette-qc/triage: what a comment calls for (question, complaint, media request,
// emergency, compliment), how the policy routes it, by when, and replies ready to post.
export {
  triage,
  removalNotice,
  type TriageOptions,
  type TriageResult,
  type TriageReply,
  type Routing,
  type RoutingAction,
  type Priority,
  type RemovalNoticeOptions,
} from './triage.js';
export { detectKinds, KINDS, type Kind, type KindDetection, type KindEvidence } from './kinds.js';
export { SERVICE_TERMS, type ServiceId } from './lexicon.js';
export {
  REPLY_TEMPLATES,
  TEMPLATE_IDS,
  fillTemplate,
  contactPhrase,
  type TemplateId,
  type TemplateValues,
} from './templates.js';
