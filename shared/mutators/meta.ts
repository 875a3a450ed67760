// What a write declares beside its body, for the device's outbox and the
// server: read by name (the outbox stores names) or by the mutator itself.
import type {ErrorDetails} from '../errors.ts';

export type WriteMeta = {
  /**
   * How the author resolves a conflict the server refused:
   * - 'resend-over': send it again over the newer state (a status change, re-based on the current status);
   * - 'pick-alternative': the server offered free times instead of a taken one.
   * Without it a conflict is edited or dropped.
   */
  readonly conflict?: 'resend-over' | 'pick-alternative';
  /** The arguments re-based on what the server holds now ('resend-over'). */
  readonly rebase?: (args: Record<string, unknown>, details: ErrorDetails) => Record<string, unknown> | null;
};

const byDefinition = new WeakMap<object, WriteMeta>();

export function setWriteMeta(definition: object, meta: WriteMeta): void {
  byDefinition.set(definition, meta);
}

type Tree = {readonly [key: string]: unknown};

/** name → meta for every mutator of a definitions tree that declared any. */
export function collectWriteMeta(tree: Tree, prefix = ''): Map<string, WriteMeta> {
  const out = new Map<string, WriteMeta>();
  for (const [key, value] of Object.entries(tree)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const meta = byDefinition.get(value);
    if (meta) out.set(name, meta);
    else if (!('fn' in value)) for (const [n, m] of collectWriteMeta(value as Tree, name)) out.set(n, m);
  }
  return out;
}
