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
import type {SharedModule} from '../module/define.ts';
import {SHARED_MODULES} from '#shared/module/manifests.ts';
import {moduleOn, type Module, type ModuleSwitches} from './modules.ts';

// Which module a permission or a write belongs to is read from the module
// manifests (shared/module/list.ts), once, on first use: the manifests import
// the mutators and queries, which import this file, so nothing here may read
// them while the files are still loading. A browser build imports none
// (package.json "imports": #shared/module/manifests.ts): they carry every
// module's writes, and a device's first screen reads permissions (`can`,
// shared/queries/scope.ts) long before it may download those. The device hands
// them over when it loads the writes (client/src/sync/mutators.ts), and only
// the writes ask for the maps below.
type Maps = {permission: ReadonlyMap<Permission, Module>; mutator: ReadonlyMap<string, Module>};
let maps: Maps | undefined;
let manifests: readonly SharedModule[] | undefined;

/** The module manifests, from a device that has loaded them (client/src/sync/mutators.ts). */
export function registerManifests(list: readonly SharedModule[]): void {
  manifests = list;
  maps = undefined;
}

function moduleMaps(): Maps {
  if (maps) return maps;
  const list = manifests ?? SHARED_MODULES;
  if (!list) throw new Error('module-access: the module manifests (shared/module/list.ts) are not loaded');
  const permission = new Map<Permission, Module>();
  const mutator = new Map<string, Module>();
  for (const m of list) {
    if (!('switch' in m) || !m.switch) continue;
    for (const p of m.permissions) permission.set(p, m.switch);
    for (const group of Object.keys(m.mutators)) mutator.set(group, m.switch);
  }
  maps = {permission, mutator};
  return maps;
}

/** The module a permission belongs to; none for the always-on ones (team, company, API keys, the site). */
export function moduleOfPermission(permission: Permission): Module | undefined {
  return moduleMaps().permission.get(permission);
}

/** The module of a write ("booking.move" → booking); none for the always-on ones. */
export function moduleOfMutator(name: string): Module | undefined {
  return moduleMaps().mutator.get(name.split('.')[0] ?? '');
}

/** Job queues are named after their module's writes ("booking.remind" → booking, "request.escalate" → requests). */
export function moduleOfJob(queue: string): Module | undefined {
  return moduleOfMutator(queue);
}

/** Every module that has a switch. */
function switchedModules(): Module[] {
  return [...new Set([...moduleMaps().mutator.values(), ...moduleMaps().permission.values()])];
}

export type Effective = {permissions: Permission[]; withheld: Permission[]; modulesOff: Module[]};

/** What a member may do: the roles' permissions less those of switched-off modules. */
export function effectivePermissions(granted: readonly Permission[], switches: ModuleSwitches | null | undefined): Effective {
  const permissions: Permission[] = [];
  const withheld: Permission[] = [];
  const off = new Set<Module>();
  for (const p of new Set(granted)) {
    const m = moduleOfPermission(p);
    if (m && !moduleOn(switches, m)) {
      withheld.push(p);
      off.add(m);
    } else permissions.push(p);
  }
  for (const m of switchedModules()) if (!moduleOn(switches, m)) off.add(m);
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

/** A REST route's module: the module whose server manifest declares it, else its permission's. */
export function moduleOfRoute(def: {permission?: Permission; module?: Module}): Module | undefined {
  return def.module ?? (def.permission && moduleOfPermission(def.permission));
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
  messenger_channel: 'messengers',
  conversation: 'messengers',
  chat_message: 'messengers',
};

export function tableHiddenByModule(table: string, ctx: AuthContext | undefined): boolean {
  return isModuleOff(ctx, TABLE_MODULE[table]);
}
