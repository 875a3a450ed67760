// Which request type the board opens with: the page decides it before the board's own chunk has loaded.
import {NONE} from '#shared/requests/filter.ts';
import type {ViewContext} from '../use-view-env.ts';
import type {ViewRow} from '../use-view-rows.ts';

/** The type the board opens with: the one picked before, else the default, else the first. */
export function boardTypeOf(env: ViewContext, rows: readonly ViewRow[], wanted: string): string {
  const types = env.config.types.filter((t) => !t.archived);
  if (wanted === NONE ? rows.some((r) => !r.type_id) : types.some((t) => t.id === wanted)) return wanted;
  return env.config.defaultTypeId ?? types[0]?.id ?? NONE;
}
