import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {can} from '#shared/auth/can.ts';
import {roleName} from '#shared/auth/role-name.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {defaultRole, grantableRoles, isOwnerLevel, mayTouchOwnerLevel, wouldRemoveLastOwner} from '#shared/team/rules.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link, usePath} from '../router/router.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import {memberContextOf, type Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {ExecutorsImport} from './import/executors-import.tsx';
import {MemberRoles} from './member-roles.tsx';
import {RolesPanel} from './roles-panel.tsx';

/** A role in the reader's words: system and template roles translated, the company's own as written. */
function useRoleLabel() {
  const {t, locale} = useI18n();
  return (key: string, name: string) => roleName({key, name}, locale, t);
}

type RoleRow = {key: string; name: string; permissions: unknown; is_system: boolean};

function InviteForm({roles}: {roles: readonly RoleRow[]}) {
  const {t, locale} = useI18n();
  const roleLabel = useRoleLabel();
  const [picked, setRole] = useState('');
  // Until the roles arrive, the server gives the default one itself.
  const role = picked || defaultRole(roles)?.key || '';
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<string>();
  const [error, setError] = useState<ApiError>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await api<{url: string}>('/invites', {method: 'POST', body: {...(role && {role}), email}, locale});
    if (r.ok) {
      setLink(r.data.url);
      setError(undefined);
    } else setError(r.status === 0 ? {code: 'network', message: t('error.network')} : r.error);
  }
  const fields = fieldErrors(error);
  return (
    <form className="panel" onSubmit={submit}>
      <h2>{t('team.invite')}</h2>
      {error && !error.fields?.length ? <div className="alert">{error.message}</div> : null}
      <div className="field">
        <label htmlFor="invite-role">{t('team.inviteRole')}</label>
        <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value)}>
          {roles.map((r) => (
            <option key={r.key} value={r.key}>
              {roleLabel(r.key, r.name)}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('team.inviteEmail')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fields.email} />
      <button className="primary">{t('team.inviteCreate')}</button>
      {link ? <LinkToSend text={t('team.inviteLink')} link={link} /> : null}
    </form>
  );
}

/** A link to hand over, with a copy button. */
function LinkToSend({text, link}: {text: string; link: string}) {
  const {t} = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="invite-link">
      <p>{text}</p>
      <input readOnly value={link} aria-label={t('team.inviteLink')} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}>
        {copied ? t('action.copied') : t('action.copy')}
      </button>
    </div>
  );
}

type Added = {invited: true; email: string; url: string} | {invited?: undefined};

/**
 * For a colleague without email access at hand: an account with a temporary
 * password to pass on. Someone who already has a dot account is never attached
 * by a password: the server answers with an invitation link for them instead.
 */
function TempPasswordForm({roles}: {roles: readonly RoleRow[]}) {
  const {t, locale} = useI18n();
  const roleLabel = useRoleLabel();
  const [state, setV] = useState({name: '', email: '', password: '', role: ''});
  const v = {...state, role: state.role || defaultRole(roles)?.key || ''};
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<'added' | {email: string; url: string}>();
  const set = (k: keyof typeof v) => (e: {target: {value: string}}) => setV({...v, [k]: e.target.value});
  async function submit(e: FormEvent) {
    e.preventDefault();
    // Until the roles arrive, the server gives the default one itself.
    const r = await api<Added>('/members', {method: 'POST', body: {...v, role: v.role || undefined}, locale});
    if (r.ok) {
      setDone(r.data.invited ? {email: r.data.email, url: r.data.url} : 'added');
      setError(undefined);
      setV({name: '', email: '', password: '', role: v.role});
    } else {
      setDone(undefined);
      setError(r.status === 0 ? {code: 'network', message: t('error.network')} : r.error);
    }
  }
  const fields = fieldErrors(error);
  return (
    <form className="panel" onSubmit={submit}>
      <h2>{t('team.tempPassword')}</h2>
      {error && !error.fields?.length ? <div className="alert">{error.message}</div> : null}
      {done === 'added' ? <p role="status">{t('team.tempPasswordCreated')}</p> : null}
      {done && done !== 'added' ? <LinkToSend text={t('team.invitedExisting', {email: done.email})} link={done.url} /> : null}
      <TextField label={t('team.colleagueName')} value={v.name} onChange={set('name')} error={fields.name} />
      <TextField label={t('field.email')} type="email" value={v.email} onChange={set('email')} error={fields.email} />
      <TextField
        label={t('field.password')}
        value={v.password}
        onChange={set('password')}
        error={fields.password}
        hint={t('field.passwordHint')}
        autoComplete="off"
      />
      <div className="field">
        <label htmlFor="temp-role">{t('team.inviteRole')}</label>
        <select id="temp-role" value={v.role} onChange={set('role')}>
          {roles.map((r) => (
            <option key={r.key} value={r.key}>
              {roleLabel(r.key, r.name)}
            </option>
          ))}
        </select>
      </div>
      <button className="primary">{t('action.create')}</button>
    </form>
  );
}

/**
 * The fallback when email cannot reach a colleague who forgot their password:
 * an owner or admin sets a temporary one, their sessions end, and they choose
 * their own at the next sign-in. The server refuses an account that is also
 * used in another company.
 */
function SetPasswordForm({member, onDone}: {member: {id: string; name: string}; onDone: () => void}) {
  const {t, locale} = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await api<undefined>(`/members/${encodeURIComponent(member.id)}/password`, {method: 'POST', body: {password}, locale});
    setBusy(false);
    if (r.ok) {
      setDone(true);
      setError(undefined);
    } else setError(r.status === 0 ? {code: 'network', message: t('error.network')} : r.error);
  }
  const fields = fieldErrors(error);
  return (
    <form className="member-password" onSubmit={submit} aria-label={t('team.setPasswordTitle', {name: member.name})}>
      <h3>{t('team.setPasswordTitle', {name: member.name})}</h3>
      {error && !error.fields?.length ? (
        <div className="alert" role="alert">
          {error.message}
        </div>
      ) : null}
      {done ? (
        <p role="status">{t('team.setPasswordDone')}</p>
      ) : (
        <>
          <p className="field-hint">{t('team.setPasswordHint')}</p>
          <TextField
            label={t('field.password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fields.password}
            hint={t('field.passwordHint')}
            autoComplete="off"
          />
        </>
      )}
      <div className="member-actions">
        {done ? null : (
          <button className="primary" disabled={busy}>
            {t('team.setPasswordSubmit')}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {done ? t('action.close') : t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function TeamPage({session}: {session: Session}) {
  const {t} = useI18n();
  const write = useWrite();
  const [members] = useQuery(queries.team.members());
  const [roles] = useQuery(queries.team.roles());
  const [error, setError] = useState<string>();
  const [passwordFor, setPasswordFor] = useState<string>();
  const ctx = memberContextOf(session);
  const manage = can(ctx, 'team.manage');
  const path = usePath();
  if (manage && path === '/team/import') return <ExecutorsImport />;
  return (
    <div className="page">
      <h1>{t('team.title')}</h1>
      <section className="panel">
        <h2>{t('team.members')}</h2>
        {error ? <div className="alert">{error}</div> : null}
        <ul className="members">
          {members.map((m) => {
            const me = m.id === session.member.id;
            // Whoever manages the team; an owner-level colleague only by someone with team.owners; never yourself or the last owner.
            const mayTouch = manage && !me && (!isOwnerLevel(m, roles) || mayTouchOwnerLevel(ctx));
            const maySwitch = mayTouch && (!m.active || !wouldRemoveLastOwner(members, roles, m.id, {active: false}));
            return (
              <li key={m.id} className={m.active ? 'member' : 'member inactive'}>
                <div className="member-info">
                  <strong>{m.name}</strong>
                  {me ? <span className="muted"> ({t('team.you')})</span> : null}
                  {m.active ? null : <span className="badge member-off">{t('team.switchedOff')}</span>}
                  <div className="muted">{[m.position, m.email || (m.user_id ? '' : t('exec.noLogin'))].filter(Boolean).join(' · ')}</div>
                </div>
                <div className="member-actions">
                  <MemberRoles
                    member={m}
                    members={members}
                    roles={roles}
                    ctx={ctx}
                    editable={manage && (!isOwnerLevel(m, roles) || mayTouchOwnerLevel(ctx))}
                    onError={setError}
                  />
                  {maySwitch ? (
                    <button
                      type="button"
                      onClick={async () => {
                        if (m.active && !window.confirm(t('team.switchOffConfirm', {name: m.name}))) return;
                        const r = await write(mutators.member.setActive({memberId: m.id, active: !m.active}));
                        setError(r.ok ? undefined : r.message);
                      }}
                    >
                      {m.active ? t('team.switchOff') : t('team.switchOn')}
                    </button>
                  ) : null}
                  {mayTouch && m.user_id && m.active ? (
                    <button type="button" aria-expanded={passwordFor === m.id} onClick={() => setPasswordFor(passwordFor === m.id ? undefined : m.id)}>
                      {t('team.setPassword')}
                    </button>
                  ) : null}
                </div>
                {passwordFor === m.id ? <SetPasswordForm member={m} onDone={() => setPasswordFor(undefined)} /> : null}
              </li>
            );
          })}
        </ul>
      </section>
      {manage ? (
        <section className="panel">
          <h2>{t('exec.entry')}</h2>
          <p className="field-hint">{t('exec.hint')}</p>
          <Link href="/team/import" className="button-like">
            {t('exec.entry')} →
          </Link>
        </section>
      ) : null}
      <RolesPanel roles={roles} ctx={ctx} />
      {manage ? <InviteForm roles={grantableRoles(roles, ctx)} /> : null}
      {manage ? <TempPasswordForm roles={grantableRoles(roles, ctx)} /> : null}
    </div>
  );
}
