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
    permissions: [...WORKER, ...LEAD, 'requests.configure', 'requests.escalations'],
  },
  {key: 'manager', name: {ru: 'Менеджер / координатор', kk: 'Менеджер / үйлестіруші', en: 'Manager / coordinator'}, permissions: [...WORKER, ...LEAD]},
  {key: 'executor', name: {ru: 'Исполнитель', kk: 'Орындаушы', en: 'Executor'}, permissions: WORKER},
  {key: 'finance', name: {ru: 'Финансист / бухгалтерия', kk: 'Қаржыгер / бухгалтерия', en: 'Finance'}, permissions: WORKER},
  {key: 'lawyer', name: {ru: 'Юрист', kk: 'Заңгер', en: 'Lawyer'}, permissions: WORKER},
  {key: 'marketing', name: {ru: 'Маркетинг-оператор', kk: 'Маркетинг операторы', en: 'Marketing operator'}, permissions: WORKER},
  {key: 'it', name: {ru: 'IT-специалист', kk: 'IT маманы', en: 'IT specialist'}, permissions: [...WORKER, 'api.manage']},
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
