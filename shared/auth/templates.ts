// S1 §3: the roles of a back office, as ready templates. A company adopts one
// (a `role` row with the template's key, Russian name and permissions), then
// edits it as its own; a member may hold several. Nothing in code asks for a
// template's key: what a role may do is its permission list.
import type {Permission} from './permissions.ts';

export type RoleTemplate = {
  readonly key: string;
  readonly name: {readonly ru: string; readonly kk: string; readonly en: string};
  readonly permissions: readonly Permission[];
};

/** Whoever works on requests: sees and moves them, comments, creates. */
const WORKER: readonly Permission[] = ['requests.read', 'requests.create', 'requests.update', 'requests.comment', 'team.read', 'tasks.own', 'meetings.own'];
/** Whoever runs the team's work: every task and meeting, assigning, accepting results. */
const LEAD: readonly Permission[] = ['tasks.read', 'tasks.manage', 'meetings.read', 'meetings.manage'];
/** Whoever may send invoices for approval and approve the steps their role is named in. */
const SPENDER: readonly Permission[] = [...WORKER, 'finance.own'];

export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  {
    key: 'sysadmin',
    name: {ru: 'Администратор системы', kk: 'Жүйе әкімшісі', en: 'System administrator'},
    // Creates roles, access and settings.
    permissions: ['team.read', 'team.manage', 'api.manage', 'company.manage', 'requests.read', 'requests.configure'],
  },
  {
    key: 'head',
    name: {ru: 'Руководитель', kk: 'Басшы', en: 'Head'},
    // Sees every request's status, approves, is told of overdue requests.
    permissions: [...SPENDER, ...LEAD, 'requests.configure', 'requests.escalations', 'finance.read', 'documents.read', 'analytics.read'],
  },
  {key: 'manager', name: {ru: 'Менеджер / координатор', kk: 'Менеджер / үйлестіруші', en: 'Manager / coordinator'}, permissions: [...SPENDER, ...LEAD]},
  {key: 'executor', name: {ru: 'Исполнитель', kk: 'Орындаушы', en: 'Executor'}, permissions: SPENDER},
  {
    key: 'finance',
    name: {ru: 'Финансист / бухгалтерия', kk: 'Қаржыгер / бухгалтерия', en: 'Finance'},
    // Keeps the registry and the budgets, pays approved invoices.
    permissions: [...SPENDER, 'finance.read', 'finance.manage', 'finance.pay', 'documents.read'],
  },
  {
    key: 'cfo',
    name: {ru: 'Финансовый директор', kk: 'Қаржы директоры', en: 'Finance director'},
    // Approves what goes past a budget line's limit (F5); sets budgets and chains.
    permissions: [...SPENDER, ...LEAD, 'finance.read', 'finance.manage', 'documents.read', 'analytics.read'],
  },
  {key: 'lawyer', name: {ru: 'Юрист', kk: 'Заңгер', en: 'Lawyer'}, permissions: [...SPENDER, 'documents.read', 'documents.manage']},
  {key: 'marketing', name: {ru: 'Маркетинг-оператор', kk: 'Маркетинг операторы', en: 'Marketing operator'}, permissions: SPENDER},
  {key: 'it', name: {ru: 'IT-специалист', kk: 'IT маманы', en: 'IT specialist'}, permissions: [...SPENDER, 'api.manage']},
  {
    key: 'contractor',
    name: {ru: 'Внешний подрядчик', kk: 'Сыртқы мердігер', en: 'External contractor'},
    // Only what is assigned to them (or they created or watch): their requests and their tasks.
    permissions: ['requests.read_own', 'requests.update', 'requests.comment', 'tasks.own'],
  },
];

export function roleTemplate(key: string): RoleTemplate | undefined {
  return ROLE_TEMPLATES.find((t) => t.key === key);
}
