// Where Zero's log lines go. A refusal the app expects and shows the person
// (the time was just taken, a field is wrong, a transition is not allowed) is
// an answer, not a fault: Zero logs it at "error" ("Mutator … app error on
// server"), which would make every busy slot look like a crash in the console
// and in error reporting. Those lines go to debug; everything else is logged
// as Zero would.
import type {LogLevel, LogSink} from '@rocicorp/logger';
import {ERROR_CODES} from '#shared/errors.ts';

type Out = Pick<Console, 'error' | 'warn' | 'info' | 'debug'>;

/** One of our typed refusals (an ApplicationError whose message is a domain error code). */
export function isRefusal(args: readonly unknown[]): boolean {
  return args.some((a) => {
    if (typeof a !== 'object' || a === null) return false;
    const e = a as {name?: unknown; message?: unknown};
    return e.name === 'ApplicationError' && typeof e.message === 'string' && (ERROR_CODES as readonly string[]).includes(e.message);
  });
}

export function quietRefusals(out: Out = console): LogSink {
  return {
    log(level: LogLevel, context: Record<string, unknown> | undefined, ...args: unknown[]) {
      const prefix = context ? Object.entries(context).map(([k, v]) => `${k}=${String(v)}`) : [];
      out[level === 'error' && isRefusal(args) ? 'debug' : level](...prefix, ...args);
    },
  };
}
