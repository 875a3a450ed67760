// Field names of the CRM writes → the words a person sees, so a refusal names
// the input ("Телефоны: Укажите номер…"). Merged into FIELD_LABELS; an older
// module's entry for the same name wins there.
import type {MessageKey} from '../i18n/catalog.ts';

export const CRM_FIELD_LABELS: Record<string, MessageKey> = {
  phones: 'crm.field.phones',
  emails: 'crm.field.emails',
  telegram: 'crm.field.telegram',
  whatsapp: 'crm.field.whatsapp',
  vk: 'crm.field.vk',
  birthday: 'crm.field.birthday',
  tags: 'crm.field.tags',
  consent: 'crm.field.consent',
  source: 'crm.field.source',
  note: 'crm.field.note',
  clientId: 'crm.field.client',
  survivorId: 'crm.field.client',
  mergedId: 'crm.field.client',
  file: 'crm.import.file',
};
