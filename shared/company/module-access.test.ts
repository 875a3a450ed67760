import {describe, expect, it} from 'vitest';
import {assertCan, can} from '../auth/can.ts';
import type {MemberContext} from '../auth/context.ts';
import {PERMISSIONS, SYSTEM_ROLE_PERMISSIONS} from '../auth/permissions.ts';
import {describeError} from '../errors-describe.ts';
import {createTranslator} from '../i18n/translate.ts';
import {mutators} from '../mutators/index.ts';
import {effectivePermissions, moduleOfJob, moduleOfMutator, moduleOfPermission, moduleOfRoute} from './module-access.ts';
import {MODULES} from './modules.ts';

const member = (switches: Record<string, boolean>): MemberContext => {
  const e = effectivePermissions(SYSTEM_ROLE_PERMISSIONS.owner, switches);
  return {kind: 'member', userID: 'u', memberID: 'm', companyID: 'c', role: 'owner', roles: ['owner'], via: 'sync', ...e};
};

function refusal(fn: () => void): {message: string; details: unknown} {
  try {
    fn();
  } catch (e) {
    return e as {message: string; details: unknown};
  }
  throw new Error('did not refuse');
}

describe('module switches as permissions', () => {
  it('maps permissions to known modules; team, company, API keys and the site are always on', () => {
    for (const p of PERMISSIONS) if (moduleOfPermission(p)) expect(MODULES).toContain(moduleOfPermission(p));
    const core = PERMISSIONS.filter((p) => !moduleOfPermission(p));
    expect(core).toEqual(['team.read', 'team.manage', 'team.owners', 'company.manage', 'api.manage', 'site.manage']);
  });

  it('drops a switched-off module’s permissions from the context and keeps them apart as withheld', () => {
    // Finance (and documents with it) is off until a company turns it on.
    expect(member({}).withheld).toEqual(expect.arrayContaining(['finance.read', 'finance.own', 'finance.manage', 'finance.pay']));
    const on = member({finance: true});
    expect(on.permissions).toContain('booking.manage');
    expect(on.withheld).toEqual([]);
    const off = member({booking: false, finance: true});
    expect(off.permissions).not.toContain('booking.manage');
    expect(off.withheld).toEqual(['booking.manage', 'booking.own']);
    expect(off.modulesOff).toContain('booking');
    expect(can(off, 'booking.manage')).toBe(false);
  });

  it('refuses a withheld permission with module_off naming the module, and anything else with not_found', () => {
    const off = member({booking: false, finance: true});
    const e = refusal(() => assertCan(off, 'booking.manage'));
    expect(e.message).toBe('module_off');
    expect(e.details).toEqual({code: 'module_off', module: 'booking'});
    expect(describeError(e.details as never, createTranslator('ru'))).toBe('Модуль «Онлайн-запись» выключен в настройках компании');
    expect(describeError(e.details as never, createTranslator('kk'))).toContain('Онлайн жазылу');
    expect(describeError(e.details as never, createTranslator('en'))).toBe('The “Online booking” module is switched off in the company settings');
    // Not granted by the roles at all: still the one "not found".
    const staff: MemberContext = {...off, ...effectivePermissions(SYSTEM_ROLE_PERMISSIONS.staff, {crm: false}), role: 'staff'};
    expect(refusal(() => assertCan(staff, 'clients.export')).message).toBe('not_found');
    expect(refusal(() => assertCan(staff, 'clients.read')).message).toBe('module_off');
  });

  it('knows the module of every mutator namespace, job queue and REST route', () => {
    const namespaces = new Set(Object.keys(mutators as object).filter((k) => /^[a-z]/i.test(k)));
    const core = ['member', 'role', 'company', 'support'];
    for (const ns of namespaces) expect(core.includes(ns) || !!moduleOfMutator(`${ns}.x`), ns).toBe(true);
    expect(moduleOfMutator('booking.move')).toBe('booking');
    expect(moduleOfMutator('client.create')).toBe('crm');
    expect(moduleOfMutator('member.setRoles')).toBeUndefined();
    expect(moduleOfJob('request.escalate')).toBe('requests');
    expect(moduleOfJob('booking.remind')).toBe('booking');
    expect(moduleOfRoute({module: 'crm'})).toBe('crm');
    expect(moduleOfRoute({permission: 'team.read'})).toBeUndefined();
    expect(moduleOfRoute({permission: 'booking.manage'})).toBe('booking');
  });
});

describe('tables of a switched-off module', () => {
  it('hides only the tables no other module reads, and only from members', async () => {
    const {tableHiddenByModule} = await import('./module-access.ts');
    const off = member({requests: false});
    expect(tableHiddenByModule('request_type', off)).toBe(true);
    expect(tableHiddenByModule('request_type', member({}))).toBe(false);
    expect(tableHiddenByModule('catalog_item', member({catalog: false}))).toBe(false);
    expect(tableHiddenByModule('request_type', {kind: 'system', companyID: 'c'})).toBe(false);
  });
});
