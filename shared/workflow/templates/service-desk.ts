// S2: a customer-service desk. The customer defines the fields and stages;
// this is a ready start: tickets typed in by staff, assigned to the least
// loaded executor, with time limits per stage.
import type {Template} from './template.ts';

export const serviceDesk: Template = {
  key: 'service_desk',
  name: {ru: 'Сервисная служба', kk: 'Қызмет көрсету орталығы', en: 'Service desk'},
  description: {
    ru: 'Обращения клиентов с настраиваемыми полями и этапами, автоназначение исполнителя и сроки по этапам.',
    kk: 'Баптаулы өрістері мен кезеңдері бар клиенттердің өтініштері, орындаушыны автоматты тағайындау және кезең мерзімдері.',
    en: 'Customer tickets with configurable fields and stages, automatic assignment and time limits per stage.',
  },
  types: [
    {
      key: 'ticket',
      name: {ru: 'Обращение', kk: 'Өтініш', en: 'Ticket'},
      isDefault: true,
      assignment: {mode: 'least_loaded', positions: []},
      workflow: {
        initial: 'new',
        statuses: [
          {key: 'new', name: {ru: 'Новая', kk: 'Жаңа', en: 'New'}, color: '#2563eb', kind: 'open', slaHours: 2},
          {key: 'in_progress', name: {ru: 'В работе', kk: 'Жұмыста', en: 'In progress'}, color: '#d97706', kind: 'in_work', slaHours: 8},
          {
            key: 'confirmation',
            name: {ru: 'Ожидает подтверждения', kk: 'Растауды күтуде', en: 'Awaiting confirmation'},
            color: '#7c3aed',
            kind: 'waiting',
            slaHours: 24,
          },
          {key: 'closed', name: {ru: 'Закрыта', kk: 'Жабылды', en: 'Closed'}, color: '#16a34a', kind: 'done'},
          {key: 'rejected', name: {ru: 'Отклонена', kk: 'Қабылданбады', en: 'Rejected'}, color: '#dc2626', kind: 'cancelled'},
        ],
        transitions: [
          {from: 'new', to: 'in_progress'},
          {from: 'new', to: 'rejected', guards: [{kind: 'comment_required'}]},
          {from: 'in_progress', to: 'confirmation', guards: [{kind: 'fields_filled', fields: ['result']}]},
          {from: 'in_progress', to: 'rejected', guards: [{kind: 'comment_required'}]},
          {from: 'confirmation', to: 'closed'},
          {from: 'confirmation', to: 'in_progress', guards: [{kind: 'comment_required'}]},
          {from: 'closed', to: 'in_progress', guards: [{kind: 'comment_required'}]},
        ],
        sla: {mode: 'working', escalateAfterHours: 2},
      },
      fields: [
        {key: 'subject', label: {ru: 'Тема', kk: 'Тақырып', en: 'Subject'}, kind: 'text', required: true},
        {
          key: 'channel',
          label: {ru: 'Канал обращения', kk: 'Өтініш арнасы', en: 'Channel'},
          kind: 'select',
          options: [
            {key: 'phone', label: {ru: 'Телефон', kk: 'Телефон', en: 'Phone'}},
            {key: 'email', label: {ru: 'Почта', kk: 'Пошта', en: 'Email'}},
            {key: 'visit', label: {ru: 'Визит', kk: 'Келу', en: 'Visit'}},
          ],
        },
        {key: 'contract', label: {ru: 'Договор', kk: 'Шарт', en: 'Contract'}, kind: 'text'},
        {key: 'result', label: {ru: 'Что сделано', kk: 'Не істелді', en: 'What was done'}, kind: 'long_text', requiredFrom: 'confirmation'},
      ],
    },
  ],
  roles: [],
  messages: [
    {
      key: 'clarify',
      name: {ru: 'Запрос уточнения', kk: 'Нақтылау сұрауы', en: 'Ask for clarification'},
      body: {ru: 'Уточните, пожалуйста: ', kk: 'Нақтылап беріңізші: ', en: 'Please clarify: '},
    },
  ],
};
