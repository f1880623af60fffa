import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  can,
  type Action,
  type Actor,
  type ActorSchema,
  type Context,
  type ContextSchema,
  type Decision,
  type RoleName,
} from '../../src/roles/index.js';

describe('roles types', () => {
  it('public input types accept what the schemas accept, readonly arrays included', () => {
    expectTypeOf<z.input<typeof ActorSchema>>().toExtend<Actor>();
    expectTypeOf<z.input<typeof ContextSchema>>().toExtend<Context>();
    const roles = ['employee'] as const;
    expectTypeOf({ roles }).toExtend<Actor>();
    expectTypeOf<'greffier'>().toExtend<RoleName>();
  });

  it('can() returns a Decision', () => {
    expectTypeOf(can).returns.toEqualTypeOf<Decision>();
    expectTypeOf(can).parameter(1).toEqualTypeOf<Action>();
  });
});
