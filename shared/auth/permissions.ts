// Permissions are plain strings; roles are rows in the `role` table holding a
// list of them. The system roles below are written for every new company, and
// a company can add its own (S1 §3: head, finance, lawyer, …) as data.
export const PERMISSIONS = [
  'requests.read',
  'requests.create',
  'requests.update',
  'requests.comment',
  // Set up request types, their fields, workflows, SLA, assignment, message templates.
  'requests.configure',
  // Only the requests one created, is responsible for or watches (an external contractor).
  'requests.read_own',
  // Move a request even where the workflow step names other roles (guards still apply).
  'requests.override',
  // Be told when a request is overdue past its SLA (the head; without one, whoever holds team.owners).
  'requests.escalations',
  'team.read',
  'team.manage',
  // Grant, withdraw or edit owner-level roles (those holding this permission), and
  // set an owner-level colleague's password or switch them off. A company always
  // keeps one active member holding it.
  'team.owners',
  'company.manage',
  'api.manage',
  // The catalog (items, categories, images, CSV) and the public mini-site
  // (profile, public blocks, QR codes, reviews, page statistics).
  'catalog.manage',
  'site.manage',
  // Booking (issue 7): every master's places, services and bookings; or, for a
  // master (staff), their own.
  'booking.manage',
  'booking.own',
  // The CRM: see client records and their story; see their phones, emails and
  // messenger ids (personal data); create, edit, merge and import; export the base.
  'clients.read',
  'clients.contacts',
  'clients.manage',
  'clients.export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

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
  ],
};

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

/** The role the person who registers a company gets: the system role holding every owner-only power. */
export const FOUNDER_ROLE: SystemRole = SYSTEM_ROLES.find((r) => OWNER_ONLY.every((p) => SYSTEM_ROLE_PERMISSIONS[r].includes(p)))!;
