// An import refused: a 400 whose message names what is wrong with the archive
// or the company, in the owner's language (words: shared/i18n/messages/data-export/).
import {domainError} from '#shared/errors.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';

export function refuse(messageKey: MessageKey, params: Record<string, string | number> = {}): Error {
  return domainError('validation', {messageKey, params});
}
