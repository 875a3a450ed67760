// Typed refusals. A mutator throws ApplicationError(code, {details}); Zero
// carries the details to the device, the REST layer maps the code to HTTP.
// "not_found" covers "not allowed" too, so a refusal never reveals existence.
import {ApplicationError} from '@rocicorp/zero';
import type {Module} from './company/modules.ts';
import type {MessageKey} from './i18n/catalog.ts';
import type {Blocker} from './workflow/engine.ts';

export const ERROR_CODES = ['not_found', 'validation', 'conflict', 'invalid_transition', 'forbidden_state', 'blocked', 'module_off', 'limit'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldIssue = {field: string; code: MessageKey; params?: Record<string, string | number>};

export type ErrorDetails = {
  code: ErrorCode;
  /** A message key for the user, when more specific than the code. */
  messageKey?: MessageKey;
  /** The message's placeholders ("{who} decided first"). */
  params?: Record<string, string | number>;
  fields?: FieldIssue[];
  /** For conflicts: what the server holds now, and what this write wanted. */
  current?: string | number | null;
  attempted?: string | number | null;
  field?: string;
  /** For `blocked`: what stands between the request and the status asked for. */
  blockers?: Blocker[];
  /** For a time that is taken (booking): the nearest free slots instead, epoch ms. */
  alternatives?: {start: number; end: number}[];
  /** For a duplicate refused (a client with this phone exists): the record that already holds it, to open instead. */
  existingId?: string;
  /** For `module_off`: the module switched off in the company's settings; for `limit`: the module the plan lacks. */
  module?: Module;
};

export function errorDetails(code: ErrorCode, extra: Omit<ErrorDetails, 'code'> = {}): ErrorDetails {
  return {code, ...extra};
}

export function domainError(code: ErrorCode, extra: Omit<ErrorDetails, 'code'> = {}): ApplicationError {
  return new ApplicationError(code, {details: errorDetails(code, extra)});
}

export function isErrorDetails(value: unknown): value is ErrorDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as {code?: unknown}).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as {code: string}).code)
  );
}
