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
  'team.read',
  'team.manage',
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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const SYSTEM_ROLES = ['owner', 'admin', 'staff'] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

export const SYSTEM_ROLE_PERMISSIONS: Record<SystemRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS.filter((p) => p !== 'company.manage'),
  staff: ['requests.read', 'requests.create', 'requests.update', 'requests.comment', 'team.read', 'booking.own'],
};

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}
