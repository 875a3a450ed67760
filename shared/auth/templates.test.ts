import {describe, expect, it} from 'vitest';
import {CATALOG} from '../i18n/catalog.ts';
import {LOCALES} from '../i18n/locales.ts';
import {isPermission, PERMISSIONS, SYSTEM_ROLE_PERMISSIONS, FOUNDER_ROLE} from './permissions.ts';
import {ROLE_TEMPLATES, roleTemplate} from './templates.ts';

describe('role templates (S1 §3)', () => {
  it('offers the roles of S1 §3 (and the finance director), named in every language, with known permissions', () => {
    expect(ROLE_TEMPLATES.map((r) => r.key)).toEqual(['sysadmin', 'head', 'manager', 'executor', 'finance', 'cfo', 'lawyer', 'marketing', 'it', 'contractor']);
    for (const r of ROLE_TEMPLATES) {
      for (const l of LOCALES) expect(r.name[l].trim(), `${r.key} ${l}`).not.toBe('');
      expect(r.permissions.every(isPermission), r.key).toBe(true);
      // No template hands out owner-level power.
      expect(r.permissions, r.key).not.toContain('team.owners');
    }
    expect(new Set(ROLE_TEMPLATES.map((r) => r.name.ru)).size).toBe(ROLE_TEMPLATES.length);
  });

  it('gives the external contractor only their own requests, and the head the escalations', () => {
    const contractor = roleTemplate('contractor')!;
    expect(contractor.permissions).toContain('requests.read_own');
    expect(contractor.permissions.filter((p) => !p.startsWith('requests.') || p === 'requests.read' || p === 'requests.configure')).toEqual(['tasks.own']);
    expect(roleTemplate('head')!.permissions).toContain('requests.escalations');
    expect(roleTemplate('sysadmin')!.permissions).toEqual(expect.arrayContaining(['team.manage', 'company.manage']));
    expect(roleTemplate('nobody')).toBeUndefined();
  });

  it('names every permission in every language, for the role editor', () => {
    for (const l of LOCALES) for (const p of PERMISSIONS) expect(Object.hasOwn(CATALOG[l], `perm.${p}`), `${l} perm.${p}`).toBe(true);
  });

  it('gives the founder every owner-level power, and the administrator none of them', () => {
    expect(SYSTEM_ROLE_PERMISSIONS[FOUNDER_ROLE]).toEqual(expect.arrayContaining(['team.owners', 'requests.override', 'company.manage']));
    for (const [key, perms] of Object.entries(SYSTEM_ROLE_PERMISSIONS)) {
      if (key !== FOUNDER_ROLE)
        expect(
          perms.filter((p) => ['team.owners', 'requests.override', 'company.manage'].includes(p)),
          key,
        ).toEqual([]);
    }
  });
});
