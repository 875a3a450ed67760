// What a refused write needs from its author, by the kind of refusal:
// - conflict: the record moved on while they were offline → show both values;
//   they may send theirs again over it, or drop it;
// - invalid: their input breaks a rule → let them edit it and send again;
// - not allowed / gone: nothing to retry → they can only drop it (it stays
//   listed until they do, so nothing disappears silently).
import type {ErrorDetails} from '../errors.ts';

export type RefusalKind = 'conflict' | 'invalid' | 'gone' | 'other';
export type Resolution = 'resend-over' | 'edit' | 'discard' | 'pick-alternative';

/** Writes that book a time: a taken time comes back with the nearest free ones to pick from. */
const BOOKING_TIME = new Set(['booking.create', 'booking.move']);

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
  if (kind === 'conflict' && BOOKING_TIME.has(mutator) && details.alternatives?.length) return ['pick-alternative', 'discard'];
  if (kind === 'conflict') return mutator === 'request.setStatus' ? ['resend-over', 'discard'] : ['edit', 'discard'];
  if (kind === 'invalid') return ['edit', 'discard'];
  return ['discard'];
}

/**
 * The arguments for sending a write again "over" the newer state: a status
 * change is re-based on the status the server holds now. Null when the write
 * cannot be re-based.
 */
export function rebaseOver(mutator: string, args: Record<string, unknown>, details: ErrorDetails): Record<string, unknown> | null {
  if (mutator === 'request.setStatus' && typeof details.current === 'string') return {...args, from: details.current};
  return null;
}

/** The write again at a free time the server offered instead of the taken one. */
export function withAlternative(mutator: string, args: Record<string, unknown>, start: number): Record<string, unknown> | null {
  return BOOKING_TIME.has(mutator) ? {...args, startsAt: start} : null;
}
