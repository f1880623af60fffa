// Output schemas of the public functions, written from their documented types, so the
// hardening properties can check that a result for hostile input is still a well-formed
// result (right kinds, finite numbers, spans inside the text, evidence equal to the slice).
import { z } from 'zod';
import { CLAUSE_IDS, OBJECTIONABLE_SUBCATEGORIES } from '../../src/netiquette/index.js';
import { KINDS } from '../../src/triage/index.js';
import { ACTIONS, CONDUCT_CODES } from '../../src/roles/index.js';

const text = z.string();
const unit = z.number().finite().min(0).max(1);
const count = z.number().int().min(0);
const finite = z.number().finite();
export const BilingualOut = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });
export const CitationOut = z.strictObject({ policy: z.string().min(1), section: z.string().regex(/^§\d+(?:\.\d+)*$/u) });
const validDate = z.date().refine((d) => Number.isFinite(d.getTime()), 'invalid Date');

/** A span [start, end) that lies inside a text of `length` UTF-16 units. */
function spanWithin<T extends { start: number; end: number }>(length: number) {
  return (span: T): boolean => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

export const EvidenceOut = z.strictObject({ start: count, end: count, text });

export const FindingOut = z.strictObject({
  clause: z.enum(CLAUSE_IDS),
  confidence: unit,
  decision: z.enum(['remove', 'review']),
  evidence: z.array(EvidenceOut),
  reason: BilingualOut,
  citation: CitationOut,
  subcategory: z.enum(OBJECTIONABLE_SUBCATEGORIES).optional(),
});

export const ModerationOut = z.strictObject({
  id: z.union([z.string(), z.number()]).optional(),
  decision: z.enum(['keep', 'review', 'remove']),
  violations: z.array(FindingOut),
  summary: BilingualOut,
  policy: z.string().min(1),
});

/** Checks the evidence of findings against the original text (offsets and slices). */
export function evidenceMatches(original: string, findings: readonly z.infer<typeof FindingOut>[]): boolean {
  const inside = spanWithin(original.length);
  return findings.every((f) => f.evidence.every((e) => inside(e) && original.slice(e.start, e.end) === e.text));
}

const SegmentOut = z.strictObject({ language: z.enum(['fr', 'en', 'other', 'und']), start: count, end: count });
export const DetectionOut = z.strictObject({
  language: z.enum(['fr', 'en', 'mixed', 'und', 'other']),
  confidence: unit,
  segments: z.array(SegmentOut),
  method: z.enum(['lexicon', 'franc', 'script', 'none']),
  scores: z.strictObject({ fr: finite.min(0), en: finite.min(0), other: finite.min(0) }),
});

export function segmentsWithin(length: number, detection: z.infer<typeof DetectionOut>): boolean {
  const inside = spanWithin(length);
  return detection.segments.every(inside);
}

const ReasonOut = z.strictObject({ code: z.string().min(1), fr: z.string().min(1), en: z.string().min(1), citation: CitationOut.nullable() });
const SuggestionOut = z.strictObject({ term: z.string(), start: count, end: count, suggestion: z.string(), note: z.string() });
const WarningOut = z.strictObject({ code: z.string().min(1), fr: z.string().min(1), en: z.string().min(1), start: count, end: count });
export const VerdictOut = z.strictObject({
  compliant: z.boolean(),
  language: z.enum(['fr', 'en', 'mixed', 'und', 'other']),
  allowed: z.array(z.enum(['fr', 'en', 'bilingual'])).min(1),
  reasons: z.array(ReasonOut).min(1),
  suggestions: z.array(SuggestionOut),
  warnings: z.array(WarningOut),
  citizenLanguage: z.enum(['fr', 'en', 'mixed', 'und', 'other']).nullable(),
  citations: z.array(CitationOut),
  detection: DetectionOut,
});

export function verdictWithin(length: number, verdict: z.infer<typeof VerdictOut>): boolean {
  const inside = spanWithin(length);
  return verdict.suggestions.every(inside) && verdict.warnings.every(inside) && segmentsWithin(length, verdict.detection);
}

const SkippedOut = z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u), id: z.string(), kind: z.enum(['statutory', 'extra', 'closure']), name: BilingualOut });
export const DeadlineOut = z
  .strictObject({
    receivedAt: validDate,
    clockStartsAt: validDate,
    target: validDate,
    due: validDate,
    emergency: z.boolean(),
    timeZone: z.string().min(1),
    businessDayMinutes: count,
    skipped: z.array(SkippedOut),
    explanation: BilingualOut,
    citation: CitationOut.nullable(),
    citations: z.array(CitationOut),
  })
  .refine((d) => d.clockStartsAt >= d.receivedAt && d.target >= d.clockStartsAt && d.due >= d.target, 'deadline instants out of order');

export const SlaOut = z.strictObject({
  status: z.enum(['on-time', 'due-soon', 'overdue']),
  elapsedMinutes: finite,
  remainingMinutes: finite,
  remainingToTargetMinutes: finite,
  overdueMinutes: finite.min(0),
  deadline: DeadlineOut,
  explanation: BilingualOut,
  citation: CitationOut.nullable(),
});

export const HolidayOut = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  id: z.string().min(1),
  name: BilingualOut,
  kind: z.enum(['statutory', 'extra', 'closure']),
  substitute: z.boolean(),
});

const kindNames = KINDS.filter((k) => k !== 'other') as [string, ...string[]];
const KindEvidenceOut = z.strictObject({ kind: z.enum(kindNames), term: z.string(), weight: finite, start: count, end: count, text });
export const KindDetectionOut = z.strictObject({
  kinds: z.array(z.enum(KINDS)).min(1),
  scores: z.record(z.enum(kindNames), finite.min(0)),
  evidence: z.array(KindEvidenceOut),
  service: z.string().min(1).optional(),
  needsVerification: z.boolean(),
});

export function kindEvidenceMatches(original: string, evidence: readonly z.infer<typeof KindEvidenceOut>[]): boolean {
  const inside = spanWithin(original.length);
  return evidence.every((e) => inside(e) && original.slice(e.start, e.end) === e.text);
}

export const TriageOut = z.strictObject({
  id: z.union([z.string(), z.number()]).optional(),
  kinds: z.array(z.enum(KINDS)).min(1),
  routing: z.strictObject({
    action: z.enum(['answer-publicly', 'acknowledge-then-answer', 'route-privately', 'redirect-media', 'emergency-911', 'none']),
    priority: z.enum(['urgent', 'high', 'normal', 'low']),
    service: z.string().min(1).optional(),
    reason: BilingualOut,
    citations: z.array(CitationOut),
  }),
  deadline: DeadlineOut.optional(),
  replies: z.array(z.strictObject({ kind: z.enum(KINDS), template: z.string().min(1), language: z.enum(['fr', 'en']), text: z.string().min(1) })),
  language: z.enum(['fr', 'en', 'mixed', 'und', 'other']),
  evidence: z.array(KindEvidenceOut),
  needsVerification: z.boolean(),
});

const ConductEvidenceOut = z.strictObject({
  field: z.enum(['text', 'profile.name', 'profile.bio', 'profile.email', 'profile', 'post']),
  start: count,
  end: count,
  text,
});
export const EmployeeWarningsOut = z.array(
  z.strictObject({ code: z.enum(CONDUCT_CODES), reason: BilingualOut, citations: z.array(CitationOut), evidence: z.array(ConductEvidenceOut) }),
);

export const DecisionOut = z.strictObject({
  allowed: z.boolean(),
  action: z.enum(ACTIONS),
  effect: z.enum(['allow', 'grant', 'deny', 'fallback', 'default']),
  rule: z.string().min(1),
  reason: BilingualOut,
  citations: z.array(CitationOut),
  obligations: z.array(z.unknown()).optional(),
  grant: z.strictObject({ kind: z.string(), grantedBy: z.string(), index: count }).optional(),
});

export const AttestationOut = z.strictObject({
  required: z.boolean(),
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
  days: z.number().int().nullable(),
  reason: BilingualOut,
  citations: z.array(CitationOut),
  late: z.boolean().optional(),
  overdue: z.boolean().optional(),
});

export const TokenOut = z.strictObject({ text: z.string().min(1), lower: z.string(), folded: z.string(), start: count, end: count });

export function tokensMatch(original: string, tokens: readonly z.infer<typeof TokenOut>[]): boolean {
  const inside = spanWithin(original.length);
  let last = 0;
  for (const t of tokens) {
    if (!inside(t) || original.slice(t.start, t.end) !== t.text || t.start < last) return false;
    last = t.end;
  }
  return true;
}
