// Domain refusals → HTTP. The body says what went wrong in the caller's
// language and names each bad field: {error: {code, message, fields: [...]}}.
import {InputValidationError} from '@rocicorp/zero';
import {isApplicationError} from '@rocicorp/zero/server';
import type {Response} from 'express';
import {isErrorDetails, type ErrorCode, type ErrorDetails, type FieldIssue} from '#shared/errors.ts';
import type {ServerMessageKey as MessageKey} from '#shared/i18n/catalog.ts';
import type {Locale} from '#shared/i18n/index.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {describeIssues} from '#shared/validation/describe.ts';
import {describeError} from '#shared/errors-describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {log} from '../log.ts';
import {databaseRefusalOf, HttpError, httpRefusalOf} from '../http/refusal.ts';
import {CompanyStopped, sendCompanyStopped} from '../platform/status/refusal.ts';

const STATUS: Record<ErrorCode, number> = {
  not_found: 404,
  validation: 400,
  conflict: 409,
  invalid_transition: 409,
  forbidden_state: 409,
  blocked: 422,
  module_off: 403,
  // A plan's limit (members, storage, messages a month): the plan forbids it until it is raised (issue 18).
  limit: 403,
};

export {HttpError};

function detailsOf(err: unknown): ErrorDetails | undefined {
  if (err instanceof InputValidationError) {
    const issues = (err.result as {issues?: unknown}).issues;
    return {code: 'validation', fields: Array.isArray(issues) ? toFieldIssues(issues) : []};
  }
  if (isApplicationError(err) && isErrorDetails(err.details)) return err.details;
  return databaseRefusalOf(err);
}

/** `notFound`: how this route names a record that is not there (or not the caller's). */
export function sendError(res: Response, err: unknown, locale: Locale, notFound: MessageKey = 'error.notAllowed'): void {
  if (err instanceof CompanyStopped) return sendCompanyStopped(res, err, locale);
  const t = createTranslator(locale);
  const refusal = httpRefusalOf(err);
  if (refusal) {
    res.status(refusal.status).json({error: {code: refusal.code, message: t(refusal.messageKey)}});
    return;
  }
  const details = detailsOf(err);
  if (!details) {
    log.error('api', (err as Error)?.stack ?? String(err));
    res.status(500).json({error: {code: 'internal', message: t('error.generic')}});
    return;
  }
  const fields = describeIssues(details.fields ?? ([] as FieldIssue[]), t);
  const message =
    details.code === 'validation' && fields.length
      ? t('v.summary', {fields: fields.map((f) => f.label).join(', ')})
      : details.code === 'conflict' && fields.length && !details.messageKey
        ? fields.map((f) => f.text).join('; ')
        : details.code === 'not_found' && !details.messageKey
          ? t(notFound)
          : describeError(details, t, {locale});
  res.status(STATUS[details.code]).json({
    error: {
      code: details.code,
      message,
      ...(fields.length && {fields: fields.map(({field, message: m, text}) => ({field, message: m, text}))}),
      ...(details.current !== undefined && {current: details.current, attempted: details.attempted}),
      ...(details.blockers && {blockers: details.blockers}),
      ...(details.alternatives && {alternatives: details.alternatives}),
      ...(details.existingId && {existingId: details.existingId}),
      ...(details.module && {module: details.module}),
    },
  });
}
