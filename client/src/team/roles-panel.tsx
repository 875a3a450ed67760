// The company's roles (team page): what each may do, editable by whoever
// manages the team, and the ready roles of S1 §3 to adopt. Owner-level power
// (team.owners) and permissions one lacks oneself are greyed out: the server
// refuses them anyway (shared/mutators/roles.ts).
import {useState} from 'react';
import type {MemberContext} from '#shared/auth/context.ts';
import {PERMISSIONS, type Permission} from '#shared/auth/permissions.ts';
import {roleName} from '#shared/auth/role-name.ts';
import {ROLE_TEMPLATES} from '#shared/auth/templates.ts';
import {mutators} from '../sync/mutators.ts';
import {mayEditRole, mayGrant} from '#shared/team/rules.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';

type RoleRow = {key: string; name: string; permissions: unknown};

const grantsOf = (r: RoleRow): string[] => (Array.isArray(r.permissions) ? (r.permissions as string[]) : []);

export function RolesPanel({roles, ctx}: {roles: readonly RoleRow[]; ctx: MemberContext}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [error, setError] = useState<string>();
  const [template, setTemplate] = useState('');
  const manage = ctx.permissions.includes('team.manage');
  const left = ROLE_TEMPLATES.filter((tpl) => !roles.some((r) => r.key === tpl.key));
  const chosen = template || left[0]?.key || '';
  const label = (r: RoleRow) => roleName(r, locale, t);
  // The mutator's own rules (shared/team/rules.ts), so a box is greyed out exactly where a change would be refused.
  const mayEdit = (r: RoleRow, p: Permission) => manage && mayEditRole(ctx, grantsOf(r)) && mayGrant(ctx, p);

  async function toggle(r: RoleRow, p: Permission, on: boolean) {
    const now = grantsOf(r);
    const next = on ? [...now, p] : now.filter((x) => x !== p);
    const res = await write(mutators.role.update({key: r.key, permissions: next as Permission[]}));
    setError(res.ok ? undefined : res.message);
  }
  async function adopt() {
    if (!chosen) return;
    const res = await write(mutators.role.adopt({id: crypto.randomUUID(), template: chosen, at: Date.now()}));
    setError(res.ok ? undefined : res.message);
    if (res.ok) setTemplate('');
  }

  return (
    <section className="panel roles-panel">
      <h2>{t('team.roles')}</h2>
      <p className="field-hint">{t('team.rolesHint')}</p>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      <ul className="roles-list">
        {roles.map((r) => (
          <li key={r.key}>
            <details>
              <summary>{label(r)}</summary>
              <fieldset className="checks">
                <legend className="sr-only">{t('team.rolePermissions', {role: label(r)})}</legend>
                {PERMISSIONS.map((p) => (
                  <label key={p} className="check">
                    <input type="checkbox" checked={grantsOf(r).includes(p)} disabled={!mayEdit(r, p)} onChange={(e) => void toggle(r, p, e.target.checked)} />{' '}
                    {t(`perm.${p}`)}
                  </label>
                ))}
              </fieldset>
            </details>
          </li>
        ))}
      </ul>
      {manage ? (
        left.length ? (
          <div className="field roles-adopt">
            <label htmlFor="adopt-role">{t('team.adoptRole')}</label>
            <div className="roles-adopt-row">
              <select id="adopt-role" value={chosen} onChange={(e) => setTemplate(e.target.value)}>
                {left.map((tpl) => (
                  <option key={tpl.key} value={tpl.key}>
                    {tpl.name[locale] || tpl.name.ru}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void adopt()}>
                {t('team.adopt')}
              </button>
            </div>
          </div>
        ) : (
          <p className="muted">{t('team.noTemplatesLeft')}</p>
        )
      ) : null}
    </section>
  );
}
