// A pending or refused write in the user's words: what it was and what they typed.
import type {MessageKey} from '../i18n/catalog.ts';
import {isMessageKey, type Translate} from '../i18n/runtime.ts';
import {formatPhone} from '../phone.ts';
import {builtInStatusName} from '../workflow/describe.ts';

export type OpDescription = {title: string; lines: {label: string; value: string}[]};

/** A write's name in words ("op.request.setFields" in the catalogs); never the mutator's own name. */
export function opTitle(mutator: string, t: Translate): string {
  const key = `op.${mutator}`;
  return t(isMessageKey(key) ? key : 'op.unknown');
}

const FIELDS: Record<string, MessageKey> = {
  clientName: 'requests.client',
  clientPhone: 'requests.phone',
  clientEmail: 'requests.email',
  text: 'requests.text',
  body: 'requests.comments',
  role: 'team.inviteRole',
};

const statusLabel = builtInStatusName;

export function describeOp(
  mutator: string,
  args: Record<string, unknown>,
  t: Translate,
  time?: (epochMs: number) => string,
  /** A role key in words (system and template roles translated); without it the key is shown. */
  roleName?: (key: string) => string,
): OpDescription {
  const title = opTitle(mutator, t);
  const lines: OpDescription['lines'] = [];
  // A booking's time, in the words of the device (its zone and language).
  if (typeof args.startsAt === 'number' && time) lines.push({label: t('book.when'), value: time(args.startsAt)});
  if (mutator === 'request.setStatus') {
    lines.push({label: t('requests.status'), value: `${statusLabel(args.from, t)} → ${statusLabel(args.to, t)}`});
  }
  for (const [key, labelKey] of Object.entries(FIELDS)) {
    const v = args[key];
    if (typeof v === 'string' && v !== '')
      lines.push({label: t(labelKey), value: key === 'clientPhone' ? formatPhone(v) : key === 'role' && roleName ? roleName(v) : v});
  }
  return {title, lines};
}

/** The text fields of a write a person can correct before sending it again. */
export function editableFields(args: Record<string, unknown>): string[] {
  return Object.keys(FIELDS).filter((k) => typeof args[k] === 'string');
}
