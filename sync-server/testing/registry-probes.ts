// The probes of the registry tests (tenancy-registry.pg.test.ts, and the
// external contractor's in tasks/contractor.pg.test.ts): for every named query
// its arguments, for every REST path parameter its value, pointing at records
// the caller must not see. A query or a path parameter without one fails those
// tests, so a new module cannot forget to prove its scoping.

export type Ids = {
  document: string;
  documentLink: string;
  file: string;
  checklist: string;
  place: string;
  request: string;
  item: string;
  category: string;
  client: string;
  master: string;
  booking: string;
  member: string;
  review: string;
  merge: string;
  type: string;
  field: string;
  conversation: string;
  task: string;
  taskLink: string;
  taskCheck: string;
  meeting: string;
  supportGrant: string;
  invoice: string;
  approval: string;
  budgetLine: string;
  counterparty: string;
  expenseItem: string;
};

type Rest = {
  post(path: string, body?: unknown): Promise<{status: number; body: any}>;
  patch(path: string, body?: unknown): Promise<{status: number; body: any}>;
  get(path: string): Promise<{status: number; body: any}>;
};

/** Company A's finance records (issue 16): finance on, a counterparty, an item, a line, an invoice sent for approval with its file. */
export async function financeRecords(a: Rest, fileId: string): Promise<Pick<Ids, 'invoice' | 'approval' | 'budgetLine' | 'counterparty' | 'expenseItem'>> {
  const ok = (r: {status: number; body: unknown}) => {
    if (r.status >= 300) throw new Error(JSON.stringify(r.body));
    return r;
  };
  ok(await a.patch('/api/v1/company/modules', {modules: {finance: true}}));
  const [expenseItem, budgetLine, counterparty, invoice] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  ok(await a.post('/api/v1/expense-items', {id: expenseItem, name: 'Статья Реестра'}));
  ok(await a.post('/api/v1/budget-lines', {id: budgetLine, period: '2031-01', itemId: expenseItem, plan: 100_000_00, project: 'Проект Реестра'}));
  ok(await a.post('/api/v1/counterparties', {id: counterparty, name: 'Контрагент Реестра', bin: '240540123458'}));
  const made = {id: invoice, number: 'Счёт Реестра', counterpartyId: counterparty, amount: 50_000_00, budgetLineId: budgetLine, invoiceDate: '2031-01-06'};
  ok(await a.post('/api/v1/invoices', {...made, payBy: '2031-01-20', fileId}));
  ok(await a.post(`/api/v1/invoices/${invoice}/submit`, {}));
  const approval = (await a.get(`/api/v1/invoices/${invoice}`)).body.approvals[0].id as string;
  return {invoice, approval, budgetLine, counterparty, expenseItem};
}

/** What company B must never read of A's finance. */
export const FINANCE_SECRETS = ['Статья Реестра', 'Проект Реестра', 'Контрагент Реестра', 'Счёт Реестра'];

/** Arguments for each named query, pointing at company A's records. */
export const QUERY_PROBES: Record<string, (a: Ids) => unknown> = {
  'documents.list': () => undefined,
  'documents.card': (a) => ({id: a.document}),
  'requests.list': () => undefined,
  'requests.card': (a) => ({id: a.request}),
  'requests.refusals': (a) => ({id: a.request}),
  'requests.history': (a) => ({id: a.request}),
  'requests.historyParts': (a) => ({id: a.request}),
  'requestConfig.types': () => undefined,
  'requestConfig.messageTemplates': () => undefined,
  'requestConfig.savedViews': () => undefined,
  'team.members': () => undefined,
  'team.roles': () => undefined,
  'company.current': () => undefined,
  'site.profile': () => undefined,
  'site.reviews': () => undefined,
  'site.stats': () => ({since: '2000-01-01'}),
  'site.slugs': () => undefined,
  'catalog.categories': () => undefined,
  'catalog.items': () => undefined,
  'catalog.item': (a) => ({id: a.item}),
  'booking.masters': () => undefined,
  'booking.bookings': (a) => ({masterId: a.master, from: 0, to: 9e15}),
  'booking.mass': (a) => ({masterId: a.master}),
  'booking.reviews': (a) => ({masterId: a.master}),
  'booking.sendLog': (a) => ({masterId: a.master}),
  'booking.teamBookings': () => ({from: 0, to: 9e15}),
  'notifications.mine': () => undefined,
  'clients.list': () => undefined,
  'clients.one': (a) => ({id: a.client}),
  'clients.contacts': () => undefined,
  'clients.requests': () => undefined,
  'clients.bookings': () => undefined,
  'clients.notes': (a) => ({clientId: a.client}),
  'clients.merges': () => undefined,
  'clients.dismissals': () => undefined,
  'clients.requestHistory': (a) => ({ids: [a.request]}),
  'clients.exports': () => undefined,
  'inbox.conversations': () => undefined,
  'inbox.messages': (a) => ({conversationId: a.conversation}),
  'inbox.recent': () => undefined,
  'inbox.channels': () => undefined,
  'tasks.mine': () => undefined,
  'tasks.list': () => undefined,
  'tasks.card': (a) => ({id: a.task}),
  'tasks.ofRequest': (a) => ({requestId: a.request}),
  'tasks.workload': () => undefined,
  'tasks.history': (a) => ({id: a.task}),
  'tasks.historyParts': (a) => ({id: a.task}),
  'meetings.list': () => undefined,
  'meetings.one': (a) => ({id: a.meeting}),
  'meetings.commitments': () => undefined,
  'finance.invoices': () => undefined,
  'finance.invoice': (a) => ({id: a.invoice}),
  'finance.myApprovals': () => undefined,
  'finance.lines': () => undefined,
  'finance.counterparties': () => undefined,
  'finance.items': () => undefined,
  'finance.rates': () => undefined,
  'finance.settings': () => undefined,
  'analytics.requests': () => ({since: 0}),
  'analytics.stages': () => ({since: 0}),
  'analytics.types': () => undefined,
  'analytics.reviews': () => ({since: 0}),
  'analytics.siteStats': () => ({sinceDay: '2000-01-01'}),
  'analytics.conversations': () => ({since: 0}),
  'analytics.bookings': () => ({since: 0}),
  'analytics.masters': () => undefined,
  'analytics.clients': () => ({since: 0}),
  'analytics.tasks': () => ({since: 0}),
  'analytics.invoices': () => ({since: 0}),
  'analytics.budget': () => undefined,
  'support.grants': () => undefined,
};

/** What fills each path parameter of a REST route, by its name; a route whose parameter is not here fails. */
export const PATH_PROBES: Record<string, (a: Ids) => string> = {
  id: (a) => a.request,
  day: () => '2031-01-06',
  // A role only company A adopted: roles are addressed by key within a company.
  key: () => 'lawyer',
  conversationId: (a) => a.conversation,
  kind: () => 'telegram',
  taskId: (a) => a.task,
  meetingId: (a) => a.meeting,
  documentId: (a) => a.document,
};
/** Routes whose `{id}` is not a request. */
export const ID_OF: Record<string, keyof Ids> = {
  '/documents/{id}': 'document',
  '/documents/{id}/move': 'document',
  '/document-links/{id}': 'documentLink',
  '/catalog/items/{id}': 'item',
  '/catalog/items/{id}/images': 'item',
  '/catalog/categories/{id}': 'category',
  '/clients/{id}': 'client',
  '/clients/{id}/notes': 'client',
  '/clients/merges/{id}/undo': 'merge',
  '/booking/masters/{id}': 'master',
  '/booking/masters/{id}/feed': 'master',
  '/booking/masters/{id}/slots': 'master',
  '/booking/masters/{id}/feed-token': 'master',
  '/booking/masters/{id}/messages': 'master',
  '/files/{id}': 'file',
  '/checklist-items/{id}': 'checklist',
  '/booking/places/{id}': 'place',
  '/booking/places/{id}/exceptions/{day}': 'place',
  '/booking/services/{id}': 'master',
  '/booking/bookings/{id}': 'booking',
  '/booking/bookings/{id}/move': 'booking',
  '/booking/bookings/{id}/cancel': 'booking',
  '/members/{id}': 'member',
  '/members/{id}/password': 'member',
  '/reviews/{id}': 'review',
  '/request-types/{id}': 'type',
  '/request-types/{id}/archive': 'type',
  '/request-types/{id}/fields': 'type',
  '/request-fields/{id}/archive': 'field',
  '/conversations/{id}/messages': 'conversation',
  '/tasks/{id}': 'task',
  '/tasks/{id}/move': 'task',
  '/tasks/{id}/hand-in': 'task',
  '/task-links/{id}': 'taskLink',
  '/task-checks/{id}': 'taskCheck',
  '/meetings/{id}': 'meeting',
  '/meetings/{id}/cancel': 'meeting',
  '/support/grants/{id}/revoke': 'supportGrant',
  '/invoices/{id}': 'invoice',
  '/invoices/{id}/submit': 'invoice',
  '/invoices/{id}/move': 'invoice',
  '/invoices/{id}/attachments': 'invoice',
  '/approvals/{id}/decide': 'approval',
  '/budget-lines/{id}': 'budgetLine',
  '/budget-lines/{id}/note': 'budgetLine',
  '/counterparties/{id}/archive': 'counterparty',
  '/expense-items/{id}/archive': 'expenseItem',
};

/** GET routes without a path parameter that need a query naming company A's records. */
export const QUERY_OF: Record<string, (a: Ids) => string> = {
  // Free/busy of A's owner asked by B: refused as not B's member, never A's times.
  '/meetings/busy': (a) => `?members=${a.member}&from=0&to=${62 * 86_400_000}`,
  // A word only inside company A's document file, and its title.
  '/documents/search': () => `?q=${encodeURIComponent('Архив Реестра')}`,
  // The dashboards over the days A's records were made: B's figures must name none of them (item, client, type ids).
  '/analytics/dashboard': () => `?from=${dayAgo(300)}&to=${dayAgo(-2)}`,
  '/analytics/dashboard.pdf': () => `?from=${dayAgo(300)}&to=${dayAgo(-2)}`,
};

const dayAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Paths that are not a company's records: the caller's own session and account, public entry points. */
export const NOT_TENANT_DATA = new Set([
  '/request-types/templates/{template}',
  '/auth/me',
  '/auth/logout',
  '/auth/signup',
  '/auth/login',
  '/invites/{token}',
  '/invites/{token}/accept',
  '/invites/{token}/join',
  '/auth/password/forgot',
  '/auth/password/reset',
  '/auth/password',
]);

export function names(tree: Record<string, Record<string, unknown>>): string[] {
  return Object.entries(tree).flatMap(([group, entries]) => Object.keys(entries).map((n) => `${group}.${n}`));
}
