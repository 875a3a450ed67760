// S1: the back office. Every need is a typed request that goes New → In
// progress → On approval → Awaiting payment/execution → Done → Closed, or is
// Rejected / Returned for rework (with a reason). A payment cannot be approved
// without an invoice file and a basis (S1 §6).
import {ROLE_TEMPLATES} from '../../auth/templates.ts';
import type {Template, TemplateField, TemplateType} from './template.ts';
import {BACK_OFFICE_STEPS} from './back-office-steps.ts';

const APPROVERS = ['head', 'finance'];

function workflow(approvalGuards: TemplateType['workflow']['transitions'][number]['guards'] = []): TemplateType['workflow'] {
  return {
    initial: 'new',
    statuses: [
      {key: 'new', name: {ru: 'Новая', kk: 'Жаңа', en: 'New'}, color: '#2563eb', kind: 'open', slaHours: 4},
      {key: 'in_progress', name: {ru: 'В работе', kk: 'Жұмыста', en: 'In progress'}, color: '#d97706', kind: 'in_work', slaHours: 16},
      {key: 'approval', name: {ru: 'На согласовании', kk: 'Келісуде', en: 'On approval'}, color: '#7c3aed', kind: 'waiting', slaHours: 8},
      {
        key: 'awaiting',
        name: {ru: 'Ожидает оплаты/выполнения', kk: 'Төлемді/орындауды күтуде', en: 'Awaiting payment/execution'},
        color: '#0891b2',
        kind: 'in_work',
        slaHours: 24,
      },
      {key: 'done', name: {ru: 'Выполнено', kk: 'Орындалды', en: 'Done'}, color: '#16a34a', kind: 'done'},
      {key: 'closed', name: {ru: 'Закрыто', kk: 'Жабылды', en: 'Closed'}, color: '#334155', kind: 'done'},
      {
        key: 'rework',
        name: {ru: 'Возврат на доработку', kk: 'Пысықтауға қайтарылды', en: 'Returned for rework'},
        color: '#ea580c',
        kind: 'in_work',
        slaHours: 16,
      },
      {key: 'rejected', name: {ru: 'Отклонено', kk: 'Қабылданбады', en: 'Rejected'}, color: '#dc2626', kind: 'cancelled'},
    ],
    transitions: [
      {from: 'new', to: 'in_progress', label: {ru: 'Взять в работу', kk: 'Жұмысқа алу', en: 'Start'}},
      {from: 'new', to: 'rejected', roles: APPROVERS, guards: [{kind: 'comment_required'}]},
      {from: 'in_progress', to: 'approval', label: {ru: 'На согласование', kk: 'Келісуге жіберу', en: 'Send for approval'}},
      {from: 'rework', to: 'approval', label: {ru: 'На согласование', kk: 'Келісуге жіберу', en: 'Send for approval'}},
      {from: 'rework', to: 'in_progress'},
      {
        from: 'approval',
        to: 'awaiting',
        roles: APPROVERS,
        guards: approvalGuards,
        label: {ru: 'Согласовать', kk: 'Келісу', en: 'Approve'},
      },
      {
        from: 'approval',
        to: 'rework',
        roles: APPROVERS,
        guards: [{kind: 'comment_required'}],
        label: {ru: 'Вернуть на доработку', kk: 'Пысықтауға қайтару', en: 'Return for rework'},
      },
      {from: 'approval', to: 'rejected', roles: APPROVERS, guards: [{kind: 'comment_required'}], label: {ru: 'Отклонить', kk: 'Қабылдамау', en: 'Reject'}},
      {from: 'awaiting', to: 'done', guards: [{kind: 'checklist_complete'}, {kind: 'tasks_done'}], label: {ru: 'Выполнено', kk: 'Орындалды', en: 'Done'}},
      {from: 'done', to: 'closed', roles: ['head', 'manager'], label: {ru: 'Закрыть', kk: 'Жабу', en: 'Close'}},
      {from: 'done', to: 'rework', roles: ['head', 'manager'], guards: [{kind: 'comment_required'}]},
    ],
    sla: {mode: 'working', escalateAfterHours: 4},
  };
}

const type = (key: string, name: TemplateType['name'], fields: TemplateField[], approvalGuards?: Parameters<typeof workflow>[0]): TemplateType => ({
  key,
  name,
  workflow: workflow(approvalGuards),
  assignment: {mode: 'manual', positions: []},
  fields,
  steps: BACK_OFFICE_STEPS[key] ?? [],
});

const payment = type(
  'payment',
  {ru: 'Оплата / счёт', kk: 'Төлем / шот', en: 'Payment / invoice'},
  [
    {key: 'supplier', label: {ru: 'Поставщик', kk: 'Жеткізуші', en: 'Supplier'}, kind: 'text', required: true},
    {key: 'amount', label: {ru: 'Сумма', kk: 'Сома', en: 'Amount'}, kind: 'money', required: true},
    {key: 'pay_by', label: {ru: 'Срок оплаты', kk: 'Төлеу мерзімі', en: 'Pay by'}, kind: 'date', requiredFrom: 'approval'},
    {
      key: 'basis',
      label: {ru: 'Основание', kk: 'Негіздеме', en: 'Basis'},
      kind: 'select',
      requiredFrom: 'approval',
      options: [
        {key: 'contract', label: {ru: 'Договор', kk: 'Шарт', en: 'Contract'}},
        {key: 'act', label: {ru: 'Акт', kk: 'Акт', en: 'Act'}},
        {key: 'spec', label: {ru: 'ТЗ / спецификация', kk: 'Техникалық тапсырма', en: 'Specification'}},
      ],
      help: {
        ru: 'Приложите файл основания (договор, акт или ТЗ) и счёт — без них платёж не согласовать.',
        kk: 'Негіздеме файлын (шарт, акт немесе ТТ) және шотты тіркеңіз — оларсыз төлемді келісу мүмкін емес.',
        en: 'Attach the basis file (contract, act or specification) and the invoice — a payment cannot be approved without them.',
      },
    },
    {key: 'purpose', label: {ru: 'Назначение платежа', kk: 'Төлем мақсаты', en: 'Payment purpose'}, kind: 'long_text'},
  ],
  [
    {kind: 'file_attached', fileKind: 'invoice'},
    {kind: 'file_attached', fileKind: 'basis'},
  ],
);

const purchase = type('purchase', {ru: 'Закуп / заказ', kk: 'Сатып алу / тапсырыс', en: 'Purchase'}, [
  {key: 'what', label: {ru: 'Что купить', kk: 'Не сатып алу керек', en: 'What to buy'}, kind: 'text', required: true},
  {key: 'quantity', label: {ru: 'Сколько', kk: 'Қанша', en: 'How many'}, kind: 'number', required: true},
  {key: 'where', label: {ru: 'Где купить', kk: 'Қайдан сатып алу', en: 'Where to buy'}, kind: 'text'},
  {key: 'for_whom', label: {ru: 'Для кого', kk: 'Кім үшін', en: 'For whom'}, kind: 'person'},
  {
    key: 'urgency',
    label: {ru: 'Срочность', kk: 'Шұғылдық', en: 'Urgency'},
    kind: 'select',
    options: [
      {key: 'normal', label: {ru: 'Обычная', kk: 'Қалыпты', en: 'Normal'}},
      {key: 'urgent', label: {ru: 'Срочно', kk: 'Шұғыл', en: 'Urgent'}},
    ],
  },
]);

const contract = type(
  'contract',
  {ru: 'Договор / юридическое согласование', kk: 'Шарт / заңдық келісу', en: 'Contract / legal review'},
  [
    {key: 'counterparty', label: {ru: 'Контрагент', kk: 'Контрагент', en: 'Counterparty'}, kind: 'text', required: true},
    {key: 'subject', label: {ru: 'Предмет договора', kk: 'Шарттың мәні', en: 'Subject'}, kind: 'long_text', required: true},
    {key: 'version', label: {ru: 'Версия файла', kk: 'Файл нұсқасы', en: 'File version'}, kind: 'text'},
  ],
  [{kind: 'file_attached', fileKind: 'contract'}],
);

const marketing = type('marketing', {ru: 'Маркетинг', kk: 'Маркетинг', en: 'Marketing'}, [
  {key: 'creative', label: {ru: 'Креатив', kk: 'Креатив', en: 'Creative'}, kind: 'long_text'},
  {key: 'placement', label: {ru: 'Размещение', kk: 'Орналастыру', en: 'Placement'}, kind: 'text', required: true},
  {key: 'texts', label: {ru: 'Тексты', kk: 'Мәтіндер', en: 'Texts'}, kind: 'long_text'},
  {key: 'design', label: {ru: 'Дизайн', kk: 'Дизайн', en: 'Design'}, kind: 'files'},
  {key: 'start', label: {ru: 'Начало', kk: 'Басталуы', en: 'Start'}, kind: 'date'},
  {key: 'end', label: {ru: 'Окончание', kk: 'Аяқталуы', en: 'End'}, kind: 'date'},
]);

const it = type('it', {ru: 'IT-заявка', kk: 'IT өтінімі', en: 'IT request'}, [
  {
    key: 'category',
    label: {ru: 'Что нужно', kk: 'Не керек', en: 'What is needed'},
    kind: 'select',
    required: true,
    options: [
      {key: 'access', label: {ru: 'Доступ', kk: 'Қолжетімділік', en: 'Access'}},
      {key: 'setup', label: {ru: 'Настройка', kk: 'Баптау', en: 'Setup'}},
      {key: 'integration', label: {ru: 'Интеграция', kk: 'Интеграция', en: 'Integration'}},
      {key: 'bug', label: {ru: 'Ошибка', kk: 'Қате', en: 'Bug'}},
    ],
  },
  {key: 'system', label: {ru: 'Система', kk: 'Жүйе', en: 'System'}, kind: 'text'},
]);

const hr = type('hr', {ru: 'HR-заявка', kk: 'HR өтінімі', en: 'HR request'}, [
  {
    key: 'category',
    label: {ru: 'Что нужно', kk: 'Не керек', en: 'What is needed'},
    kind: 'select',
    required: true,
    options: [
      {key: 'certificate', label: {ru: 'Справка', kk: 'Анықтама', en: 'Certificate'}},
      {key: 'documents', label: {ru: 'Документы', kk: 'Құжаттар', en: 'Documents'}},
      {key: 'paperwork', label: {ru: 'Оформление', kk: 'Ресімдеу', en: 'Paperwork'}},
    ],
  },
]);

export const backOffice: Template = {
  key: 'back_office',
  name: {ru: 'Бэк-офис', kk: 'Бэк-офис', en: 'Back office'},
  description: {
    ru: 'Оплаты, закупки, договоры, маркетинг, IT и HR с согласованием руководителем и финансистом.',
    kk: 'Төлемдер, сатып алу, шарттар, маркетинг, IT және HR — басшы мен қаржыгер келісуімен.',
    en: 'Payments, purchases, contracts, marketing, IT and HR, approved by the head and finance.',
  },
  types: [payment, purchase, contract, marketing, it, hr],
  // S1 §3's roles (shared/auth/templates.ts) but the one that runs the company's settings: adopting the template adds those missing.
  roles: ROLE_TEMPLATES.filter((r) => !r.permissions.includes('company.manage')).map((r) => ({...r, name: {...r.name}})),
  messages: [
    {
      key: 'clarify',
      name: {ru: 'Запрос уточнения', kk: 'Нақтылау сұрауы', en: 'Ask for clarification'},
      body: {
        ru: 'Уточните, пожалуйста: ',
        kk: 'Нақтылап беріңізші: ',
        en: 'Please clarify: ',
      },
    },
    {
      key: 'approve',
      name: {ru: 'Согласование', kk: 'Келісу', en: 'Approval'},
      body: {ru: 'Согласовано. ', kk: 'Келісілді. ', en: 'Approved. '},
    },
    {
      key: 'rework',
      name: {ru: 'Возврат на доработку', kk: 'Пысықтауға қайтару', en: 'Return for rework'},
      body: {ru: 'Возвращаю на доработку. Причина: ', kk: 'Пысықтауға қайтарамын. Себебі: ', en: 'Returning for rework. Reason: '},
    },
  ],
};
