// S0: the shop's five statuses. Installed for every new company.
import type {Template, TemplateType} from './template.ts';

export const SMALL_BUSINESS_WORKFLOW: TemplateType['workflow'] = {
  initial: 'new',
  statuses: [
    {key: 'new', name: {ru: 'Новая', kk: 'Жаңа', en: 'New'}, color: '#2563eb', kind: 'open'},
    {key: 'in_progress', name: {ru: 'В работе', kk: 'Жұмыста', en: 'In progress'}, color: '#d97706', kind: 'in_work'},
    {key: 'waiting', name: {ru: 'Ожидает ответа', kk: 'Жауап күтуде', en: 'Waiting for reply'}, color: '#7c3aed', kind: 'waiting'},
    {key: 'done', name: {ru: 'Выполнена', kk: 'Орындалды', en: 'Done'}, color: '#16a34a', kind: 'done'},
    {key: 'cancelled', name: {ru: 'Отменена', kk: 'Болдырылмады', en: 'Cancelled'}, color: '#6b7280', kind: 'cancelled'},
  ],
  transitions: [
    {from: 'new', to: 'in_progress'},
    {from: 'new', to: 'waiting'},
    {from: 'new', to: 'done'},
    {from: 'new', to: 'cancelled'},
    {from: 'in_progress', to: 'waiting'},
    {from: 'in_progress', to: 'done'},
    {from: 'in_progress', to: 'cancelled'},
    {from: 'waiting', to: 'in_progress'},
    {from: 'waiting', to: 'done'},
    {from: 'waiting', to: 'cancelled'},
    {from: 'done', to: 'in_progress'},
    {from: 'cancelled', to: 'new'},
  ],
  sla: {mode: 'calendar', escalateAfterHours: 0},
};

export const smallBusiness: Template = {
  key: 'small_business',
  name: {ru: 'Малый бизнес', kk: 'Шағын бизнес', en: 'Small business'},
  description: {
    ru: 'Заявки клиентов: новая → в работе → ожидает ответа → выполнена или отменена.',
    kk: 'Клиенттердің өтінімдері: жаңа → жұмыста → жауап күтуде → орындалды немесе болдырылмады.',
    en: 'Customer requests: new → in progress → waiting for reply → done or cancelled.',
  },
  types: [
    {
      key: 'request',
      name: {ru: 'Заявка', kk: 'Өтінім', en: 'Request'},
      isDefault: true,
      workflow: SMALL_BUSINESS_WORKFLOW,
      fields: [],
    },
  ],
  roles: [],
  messages: [],
};
