// Registers dot's schema and context as Zero's defaults, so defineQuery,
// defineMutator, useQuery and zero.mutate are typed without repeating them.
import type {Schema} from '#schema/zero-schema.ts';
import type {AuthContext} from './auth/context.ts';

declare module '@rocicorp/zero' {
  interface DefaultTypes {
    schema: Schema;
    context: AuthContext;
  }
}
