// What a refused write needs from its author, by the kind of refusal:
// - conflict: the record moved on while they were offline → show both values;
//   they may send theirs again over it, or drop it;
// - invalid: their input breaks a rule → let them edit it and send again;
// - not allowed / gone: nothing to retry → they can only drop it (it stays
//   listed until they do, so nothing disappears silently).
// Which writes can be re-based or offered another time is declared beside
// each mutator (its meta, shared/mutators/meta.ts), not listed here.
import type {ErrorDetails} from '../errors.ts';
import {writeMeta} from '../mutators/index.ts';

export type RefusalKind = 'conflict' | 'invalid' | 'gone' | 'other';
export type Resolution = 'resend-over' | 'edit' | 'discard' | 'pick-alternative';

export function classifyRefusal(details: ErrorDetails): RefusalKind {
  switch (details.code) {
    case 'conflict':
      return 'conflict';
    case 'validation':
      return 'invalid';
    case 'invalid_transition':
      return 'conflict';
    case 'not_found':
      return 'gone';
    default:
      return 'other';
  }
}

export function resolutionsFor(details: ErrorDetails, mutator: string): Resolution[] {
  const kind = classifyRefusal(details);
  const {conflict} = writeMeta(mutator);
  if (kind === 'conflict' && conflict === 'pick-alternative' && details.alternatives?.length) return ['pick-alternative', 'discard'];
  if (kind === 'conflict') return conflict === 'resend-over' ? ['resend-over', 'discard'] : ['edit', 'discard'];
  if (kind === 'invalid') return ['edit', 'discard'];
  return ['discard'];
}

/**
 * The arguments for sending a write again "over" the newer state (a status
 * change re-based on the status the server holds now). Null when the write
 * cannot be re-based.
 */
export function rebaseOver(mutator: string, args: Record<string, unknown>, details: ErrorDetails): Record<string, unknown> | null {
  return writeMeta(mutator).rebase?.(args, details) ?? null;
}

/** The write again at a free time the server offered instead of the taken one. */
export function withAlternative(mutator: string, args: Record<string, unknown>, start: number): Record<string, unknown> | null {
  return writeMeta(mutator).conflict === 'pick-alternative' ? {...args, startsAt: start} : null;
}
