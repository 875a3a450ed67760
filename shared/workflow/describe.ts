// Why a move is not possible, in the user's words.
import type {MessageKey} from '../i18n/catalog.ts';
import type {Locale} from '../i18n/locales.ts';
import {isMessageKey, type Translate} from '../i18n/runtime.ts';
import {statusOf, type Blocker} from './engine.ts';
import {DEFAULT_WORKFLOW, localizedText} from './resolve.ts';

/**
 * A status key in words where no workflow is at hand to name it: a status of
 * the built-in workflow by its catalog name (`status.<key>`), anything else as it is.
 */
export function builtInStatusName(value: unknown, t: Translate): string {
  const key = `status.${String(value)}`;
  return typeof value === 'string' && statusOf(DEFAULT_WORKFLOW, value) && isMessageKey(key) ? t(key) : String(value ?? '');
}

export function describeBlocker(b: Blocker, t: Translate, locale: Locale, roleName: (key: string) => string = (k) => k): string {
  switch (b.kind) {
    case 'no_such_move':
      return t('error.generic');
    case 'role':
      return t('blocker.role', {roles: b.roles.map(roleName).join(', ')});
    case 'field_missing':
      return t('blocker.field', {field: localizedText(b.label, locale)});
    case 'file_missing': {
      const key = `fileKind.${b.fileKind}`;
      return t('blocker.file', {kind: isMessageKey(key) ? t(key as MessageKey) : b.fileKind});
    }
    case 'checklist_incomplete':
      return t('blocker.checklist', {count: b.open});
    case 'comment_required':
      return t('blocker.comment');
    case 'tasks_open':
      return t('blocker.tasksOpen', {count: b.tasks.length, titles: b.tasks.map((x) => x.title).join(', ')});
    case 'blocked_by':
      return t('blocker.blockedBy', {titles: b.tasks.map((x) => `«${x.title}»`).join(', ')});
    case 'result_missing':
      return b.missing.map((m) => t(m === 'text' ? 'blocker.resultText' : 'blocker.resultFile')).join('; ');
    case 'approvals_pending':
      return b.steps.length ? t('blocker.approvals', {steps: b.steps.join(', ')}) : t('blocker.approvalsUnknown');
  }
}

export function describeBlockers(blockers: readonly Blocker[], t: Translate, locale: Locale, roleName?: (key: string) => string): string {
  return blockers.map((b) => describeBlocker(b, t, locale, roleName)).join('; ');
}
