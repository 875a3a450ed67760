// A member's roles: a badge per role, and for whoever manages the team a
// disclosure with a checkbox per role (owner-level ones only for those who hold
// team.owners). What the member may do is the union of the ticked roles.
import {roleName} from '#shared/auth/role-name.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import {mutators} from '../sync/mutators.ts';
import {grantableRoles, memberRoles, wouldRemoveLastOwner} from '#shared/team/rules.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';

type RoleRow = {key: string; name: string; permissions: unknown};
type MemberRow = {id: string; name: string; role: string; roles?: readonly string[] | null; active: boolean};

export function MemberRoles(props: {
  member: MemberRow;
  members: readonly MemberRow[];
  roles: readonly RoleRow[];
  ctx: MemberContext;
  editable: boolean;
  onError: (message: string | undefined) => void;
}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const {member, roles} = props;
  const held = memberRoles(member);
  const label = (key: string) => roleName({key, name: roles.find((r) => r.key === key)?.name ?? key}, locale, t);
  const badges = (
    <span className="member-roles">
      {held.map((k) => (
        <span key={k} className="badge">
          {label(k)}
        </span>
      ))}
    </span>
  );
  if (!props.editable) return badges;
  const grantable = new Set(grantableRoles(roles, props.ctx).map((r) => r.key));
  async function toggle(key: string, on: boolean) {
    const next = on ? [...held, key] : held.filter((k) => k !== key);
    if (!next.length) return props.onError(t('team.rolesRequired'));
    if (wouldRemoveLastOwner(props.members, roles, member.id, {roles: next})) return props.onError(t('team.lastOwner'));
    const r = await write(mutators.member.setRoles({memberId: member.id, roles: next}));
    props.onError(r.ok ? undefined : r.message);
  }
  return (
    <details className="member-role-picker">
      <summary aria-label={t('team.memberRoles', {name: member.name})}>{badges}</summary>
      <fieldset className="checks">
        <legend className="sr-only">{t('team.memberRoles', {name: member.name})}</legend>
        {roles.map((r) => (
          <label key={r.key} className="check">
            <input type="checkbox" checked={held.includes(r.key)} disabled={!grantable.has(r.key)} onChange={(e) => void toggle(r.key, e.target.checked)} />{' '}
            {label(r.key)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
