// The words for each field name a form, a mutator or the REST API may report,
// so every validation message names the field in the user's language.
import type {MessageKey} from '../i18n/catalog.ts';

export const FIELD_LABELS: Record<string, MessageKey> = {
  clientName: 'requests.client',
  clientPhone: 'requests.phone',
  clientEmail: 'requests.email',
  text: 'requests.text',
  body: 'requests.comments',
  status: 'requests.status',
  name: 'field.name',
  phone: 'pub.request.phone',
  email: 'field.email',
  password: 'field.password',
  companyName: 'field.companyName',
  role: 'team.inviteRole',
};
