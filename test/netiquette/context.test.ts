import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/errors.js';
import { parseComment } from '../../src/netiquette/context.js';
import { CommentInputSchema } from '../../src/netiquette/input.js';

// parseComment reads the common shapes without zod. It must accept exactly what the schema
// accepts and give the same values: compare both on random comments, well formed or not.
const instant = fc.oneof(
  fc.constantFrom('2026-03-02T10:00:00-05:00', '2026-03-02T10:00-0500', '2026-02-30T10:00:00-05:00', '2026-03-02 10:00', '2026-03-02T25:00:00Z', ''),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: false }),
  fc.integer(),
);
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(undefined));
const comment = fc.record(
  {
    text,
    id: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.double(), fc.constant(undefined)),
    author: fc.oneof(fc.record({ displayName: text, id: fc.oneof(fc.string({ maxLength: 5 }), fc.constant(undefined)) }, { requiredKeys: [] }), fc.constant(null)),
    post: fc.oneof(fc.record({ text }, { requiredKeys: [] }), fc.string()),
    postedAt: instant,
    history: fc.oneof(
      fc.array(fc.record({ text, postedAt: instant }, { requiredKeys: [] }), { maxLength: 3 }),
      fc.constant('yesterday'),
    ),
    flags: fc.oneof(
      fc.array(
        fc.record(
          { clause: fc.constantFrom('insult', 'inappropriate', 'nope', 3), by: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), note: fc.string({ maxLength: 4 }) },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      fc.constant({}),
    ),
    extra: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** The schema's verdict, in the canonical shape parseComment returns. */
function viaSchema(input: unknown): unknown {
  const r = CommentInputSchema.safeParse(input);
  if (!r.success) return 'error';
  const c = r.data;
  return { id: c.id, text: c.text, author: c.author, post: c.post, history: c.history, postedAt: c.postedAt, flags: c.flags };
}

function viaParse(input: unknown): unknown {
  try {
    return parseComment(input);
  } catch (error) {
    if (error instanceof PolicyInputError) return 'error';
    throw error;
  }
}

describe('parseComment', () => {
  it('accepts what the schema accepts, with the same values (random comments)', () => {
    fc.assert(
      fc.property(comment, (input) => {
        expect(viaParse(input)).toEqual(viaSchema(input));
      }),
      { numRuns: 600 },
    );
  });

  it('returns one shape whatever the input shape, dates as fresh Date objects', () => {
    const at = new Date('2026-03-02T15:00:00Z');
    const a = parseComment({ text: 'a' });
    const b = parseComment({ post: { text: 'p' }, text: 'b', postedAt: at, history: [{ text: 'h', postedAt: '2026-03-01T10:00:00-05:00' }] });
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(b.postedAt).toEqual(at);
    expect(b.postedAt).not.toBe(at);
    expect(b.history?.[0]?.postedAt).toEqual(new Date('2026-03-01T15:00:00Z'));
  });

  it('explains a bad date through the schema', () => {
    expect(() => parseComment({ text: 'a', postedAt: '2026-02-30T10:00:00-05:00' })).toThrow(/not a real date-time/u);
    expect(() => parseComment({ text: 'a', history: [{ text: 'h', postedAt: '2026-03-01 10:00' }] })).toThrow(PolicyInputError);
  });
});
