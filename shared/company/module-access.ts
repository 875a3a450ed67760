// A module switched off is off on the server too (P4, issue 12). Each
// permission belongs to at most one module; a member's context carries only the
// permissions of modules that are on, so `companyRows` matches nothing and
// `can` says no. What the roles grant but a switched-off module withholds is
// kept apart (`withheld`), so a refusal can say "the module is off" instead of
// "not found" to someone who would otherwise be allowed.
import {ApplicationError} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {errorDetails} from '../errors.ts';
import {moduleOn, type Module, type ModuleSwitches} from './modules.ts';

/** Permissions that belong to a module; the rest (team, company, API keys, the site) are always on. */
export const PERMISSION_MODULE: Partial<Record<Permission, Module>> = {
  'requests.read': 'requests',
  'requests.create': 'requests',
  'requests.update': 'requests',
  'requests.comment': 'requests',
  'requests.configure': 'requests',
  'requests.read_own': 'requests',
  'requests.override': 'requests',
  'requests.escalations': 'requests',
  'catalog.manage': 'catalog',
  'booking.manage': 'booking',
  'booking.own': 'booking',
  'clients.read': 'crm',
  'clients.contacts': 'crm',
  'clients.manage': 'crm',
  'clients.export': 'crm',
};

export function moduleOfPermission(permission: Permission): Module | undefined {
  return PERMISSION_MODULE[permission];
}

/** Mutator namespaces ("booking.move" → booking) of a module; the rest are always on. */
const MUTATOR_MODULE: Readonly<Record<string, Module>> = {
  request: 'requests',
  requestConfig: 'requests',
  attachment: 'requests',
  catalog: 'catalog',
  booking: 'booking',
  client: 'crm',
  review: 'reviews',
};

export function moduleOfMutator(name: string): Module | undefined {
  return MUTATOR_MODULE[name.split('.')[0] ?? ''];
}

/** Job queues ("booking.remind" → booking, "request.escalate" → requests) of a module. */
export function moduleOfJob(queue: string): Module | undefined {
  return moduleOfMutator(queue);
}

export type Effective = {permissions: Permission[]; withheld: Permission[]; modulesOff: Module[]};

/** What a member may do: the roles' permissions less those of switched-off modules. */
export function effectivePermissions(granted: readonly Permission[], switches: ModuleSwitches | null | undefined): Effective {
  const permissions: Permission[] = [];
  const withheld: Permission[] = [];
  const off = new Set<Module>();
  for (const p of new Set(granted)) {
    const m = PERMISSION_MODULE[p];
    if (m && !moduleOn(switches, m)) {
      withheld.push(p);
      off.add(m);
    } else permissions.push(p);
  }
  for (const m of Object.values(MUTATOR_MODULE)) if (!moduleOn(switches, m)) off.add(m);
  return {permissions, withheld, modulesOff: [...off]};
}

export function moduleOffError(module: Module): ApplicationError {
  return new ApplicationError('module_off', {details: errorDetails('module_off', {module})});
}

export function isModuleOff(ctx: AuthContext | undefined, module: Module | undefined): boolean {
  return !!module && ctx?.kind === 'member' && !!ctx.modulesOff?.includes(module);
}

/** Refuses a member's write or call into a switched-off module, before anything else is checked. */
export function assertModuleOn(ctx: AuthContext | undefined, module: Module | undefined): void {
  if (module && isModuleOff(ctx, module)) throw moduleOffError(module);
}

/** REST route tags of a module, for routes that name no permission. */
const TAG_MODULE: Readonly<Record<string, Module>> = {
  requests: 'requests',
  'request types': 'requests',
  booking: 'booking',
  catalog: 'catalog',
  clients: 'crm',
};

/** A REST route's module: its permission's, else its tag's. */
export function moduleOfRoute(def: {permission?: Permission; tag: string}): Module | undefined {
  return (def.permission && PERMISSION_MODULE[def.permission]) || TAG_MODULE[def.tag];
}

/**
 * Tables only their module's code reads, hidden from a member while it is off
 * even where a query names no permission (request types, message templates,
 * saved views). Tables other modules read too (the catalog's items are
 * booking's services; CRM clients are booked) stay behind their permissions.
 */
const TABLE_MODULE: Readonly<Record<string, Module>> = {
  request_type: 'requests',
  field_def: 'requests',
  message_template: 'requests',
  saved_view: 'requests',
};

export function tableHiddenByModule(table: string, ctx: AuthContext | undefined): boolean {
  return isModuleOff(ctx, TABLE_MODULE[table]);
}
