// What a refused write means to the user: typed details from our mutators, or
// a schema failure from Zero's validator, turned into ErrorDetails.
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import {isErrorDetails, type ErrorDetails} from '#shared/errors.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';

export function refusalDetails(details: ReadonlyJSONValue | undefined): ErrorDetails {
  if (isErrorDetails(details)) return details;
  const d = details as {type?: string; result?: {issues?: unknown}} | undefined;
  if (d?.type === 'InputValidationError' && Array.isArray(d.result?.issues)) {
    return {code: 'validation', fields: toFieldIssues(d.result.issues)};
  }
  return {code: 'forbidden_state'};
}
