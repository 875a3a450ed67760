// Permissions are plain strings; roles are rows in the `role` table holding a
// list of them. The system roles below are written for every new company, and
// a company can add its own (S1 §3: head, finance, lawyer, …) as data.
//
// Every permission, written once, with the module it belongs to (its key in
// shared/module/list.ts): each module's manifest takes its own from here
// (permissionsOf), and a module switched off withholds them.
const MODULE_OF = {
  'requests.read': 'requests',
  'requests.create': 'requests',
  'requests.update': 'requests',
  'requests.comment': 'requests',
  // Set up request types, their fields, workflows, SLA, assignment, message templates.
  'requests.configure': 'requests',
  // Only the requests one created, is responsible for or watches (an external contractor).
  'requests.read_own': 'requests',
  // Move a request even where the workflow step names other roles (guards still apply).
  'requests.override': 'requests',
  // Be told when a request is overdue past its SLA (the head; without one, whoever holds team.owners).
  'requests.escalations': 'requests',
  'team.read': 'team',
  'team.manage': 'team',
  // Grant, withdraw or edit owner-level roles (those holding this permission), and
  // set an owner-level colleague's password or switch them off. A company always
  // keeps one active member holding it.
  'team.owners': 'team',
  'company.manage': 'company',
  'api.manage': 'team',
  // The catalog (items, categories, images, CSV) and the public mini-site
  // (profile, public blocks, QR codes, reviews, page statistics).
  'catalog.manage': 'catalog',
  'site.manage': 'company',
  // Booking (issue 7): every master's places, services and bookings; or, for a
  // master (staff), their own.
  'booking.manage': 'booking',
  'booking.own': 'booking',
  // The CRM: see client records and their story; see their phones, emails and
  // messenger ids (personal data); create, edit, merge and import; export the base.
  'clients.read': 'crm',
  'clients.contacts': 'crm',
  'clients.manage': 'crm',
  'clients.export': 'crm',
  // Messengers (issue 14): every conversation; or only one's own (their master's,
  // or assigned to them); answer clients; connect the company's bots and numbers.
  'inbox.read': 'messaging',
  'inbox.own': 'messaging',
  'inbox.reply': 'messaging',
  'channels.manage': 'messaging',
  // Tasks and meetings (issue 15): every task of the company and everyone's
  // workload; or only one's own (assigned, co-assigned, watched, made by one);
  // make and assign tasks for others, accept or return handed-in results, edit
  // the step templates. Every meeting; or those one takes part in; plan them.
  'tasks.read': 'tasks',
  'tasks.own': 'tasks',
  'tasks.manage': 'tasks',
  'meetings.read': 'tasks',
  'meetings.own': 'tasks',
  'meetings.manage': 'tasks',
  // Finance (issue 16): every invoice, budget and counterparty; or only the
  // invoices one made or must approve (deciding needs the step's role, not a
  // permission); create and edit invoices, budgets, expense items, rates and
  // the approval chains; put invoices into payment and mark them paid.
  'finance.read': 'finance',
  'finance.own': 'finance',
  'finance.manage': 'finance',
  'finance.pay': 'finance',
  // Documents (issue 16; its own module, switched with finance): the archive (drafts only one's own); or create
  // documents, add versions, move their status and see every draft.
  'documents.read': 'documents',
  'documents.manage': 'documents',
  // Analytics (issue 17): open the dashboards. Each tile also needs the read of
  // its own records (requests.read, booking.manage, finance.read…): the figures
  // never show more than the person could count by hand.
  'analytics.read': 'analytics',
} as const;
export type Permission = keyof typeof MODULE_OF;
/** In the order written above (roles list them so). */
export const PERMISSIONS = Object.keys(MODULE_OF) as [Permission, ...Permission[]];

/** The permissions of one module (its manifest's). */
export function permissionsOf(module: (typeof MODULE_OF)[Permission]): Permission[] {
  return PERMISSIONS.filter((p) => MODULE_OF[p] === module);
}

// The roles every company starts with, as data. Code never asks for one of
// these keys: it asks for a permission.
export const SYSTEM_ROLES = ['owner', 'admin', 'staff'] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

/** Powers that only the founder's role has at first. */
const OWNER_ONLY: readonly Permission[] = ['company.manage', 'team.owners', 'requests.override'];

export const SYSTEM_ROLE_PERMISSIONS: Record<SystemRole, readonly Permission[]> = {
  owner: PERMISSIONS.filter((p) => p !== 'requests.escalations'),
  admin: PERMISSIONS.filter((p) => !OWNER_ONLY.includes(p) && p !== 'requests.escalations'),
  staff: [
    'requests.read',
    'requests.create',
    'requests.update',
    'requests.comment',
    'team.read',
    'booking.own',
    'clients.read',
    'clients.contacts',
    'clients.manage',
    'inbox.own',
    'inbox.reply',
    'tasks.own',
    'meetings.own',
  ],
};

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

/** The role the person who registers a company gets: the system role holding every owner-only power. */
export const FOUNDER_ROLE: SystemRole = SYSTEM_ROLES.find((r) => OWNER_ONLY.every((p) => SYSTEM_ROLE_PERMISSIONS[r].includes(p)))!;
