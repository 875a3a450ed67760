// B1: the master's profile — the name clients see, their own link, and the
// rules: time step, notice, how far ahead, until when a client may move or
// cancel, reminders (24 h and 2 h by default) and the "how was it?" delay.
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState, type FormEvent} from 'react';
import {queries} from '#shared/queries/index.ts';
import {saveMasterArgs} from '#shared/booking/validation.ts';
import {slugify} from '#shared/slug.ts';
import {mutators} from '../sync/mutators.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {SaveLine, type SaveState} from '../cabinet/save-state.tsx';
import {useI18n, useT} from '../i18n/i18n.tsx';
import {api} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {TextArea, TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {useMasters, type MasterWithAll} from './use-master.ts';

const STEPS = [5, 10, 15, 20, 30, 45, 60] as const;

/**
 * A master's profile. Someone who manages booking for everyone (`manager`)
 * also chooses whose login it is — or none: a salon's master who never opens
 * the app — and may link one later. `memberId` is the login a new profile
 * starts with (null: none).
 */
export function MasterForm({
  session,
  master,
  memberId,
  manager = false,
  onCreated,
}: {
  session: Session;
  master?: MasterWithAll;
  memberId?: string | null;
  manager?: boolean;
  onCreated?: (id: string) => void;
}) {
  const t = useT();
  const write = useWrite();
  const firstMember = master ? master.member_id : memberId === undefined ? session.member.id : memberId;
  const firstName = master?.display_name ?? (firstMember === session.member.id ? session.user.name : '');
  const [d, setD] = useState({
    memberId: firstMember,
    displayName: firstName,
    masterSlug: master?.slug ?? (slugify(firstName, 40).replace(/^company$/, '') || (firstName ? 'master' : '')),
    about: master?.about ?? '',
    slotStepMin: master?.slot_step_min ?? 30,
    minNoticeMin: String(master?.min_notice_min ?? 60),
    horizonDays: String(master?.horizon_days ?? 30),
    cancelBeforeMin: String(master?.cancel_before_min ?? 180),
    reminders: (master?.reminder_offsets ?? [1440, 120]).map((m) => String(m / 60)).join(', '),
    reviewAfterMin: master ? (master.review_after_min === null ? '' : String(master.review_after_min)) : '120',
    active: master?.active ?? true,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  // A new profile's link follows its name until the address is typed in by hand.
  const [slugTyped, setSlugTyped] = useState(!!master);
  const [members] = useQuery(queries.team.members(), {enabled: manager});
  const {masters} = useMasters();
  const taken = new Set(masters.filter((m) => m.id !== master?.id && m.member_id).map((m) => m.member_id));
  const logins = members.filter((m) => (m.active && !taken.has(m.id)) || m.id === d.memberId);
  const set = (patch: Partial<typeof d>) => {
    setD({...d, ...patch});
    setState({kind: 'idle'});
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const hours = d.reminders
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    const args = {
      id: master?.id ?? crypto.randomUUID(),
      memberId: d.memberId,
      masterSlug: d.masterSlug,
      displayName: d.displayName,
      about: d.about,
      active: d.active,
      slotStepMin: d.slotStepMin,
      minNoticeMin: Number(d.minNoticeMin),
      horizonDays: Number(d.horizonDays),
      cancelBeforeMin: Number(d.cancelBeforeMin),
      reminderOffsets: hours.map((h) => Math.round(h * 60)),
      reviewAfterMin: d.reviewAfterMin.trim() === '' ? null : Number(d.reviewAfterMin),
      createdAt: Date.now(),
    };
    const parsed = saveMasterArgs.safeParse(args);
    if (!parsed.success) return setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
    setErrors({});
    const r = await write(mutators.booking.saveMaster(parsed.data));
    if (!r.ok) {
      setErrors(issuesByField(r.details.fields ?? [], t));
      return setState({kind: 'error', message: r.message});
    }
    setState({kind: 'saved'});
    if (!master) onCreated?.(args.id);
  }

  return (
    <form className="panel master-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('booking.profile')}</h2>
      <TextField
        label={t('booking.field.displayName')}
        value={d.displayName}
        onChange={(e) => set({displayName: e.target.value, ...(!slugTyped && {masterSlug: slugify(e.target.value, 40).replace(/^company$/, '')})})}
        error={errors.displayName}
      />
      {manager ? (
        <div className="field">
          <label htmlFor="m-login">{t('booking.field.login')}</label>
          <select
            id="m-login"
            value={d.memberId ?? ''}
            onChange={(e) => set({memberId: e.target.value || null})}
            aria-invalid={errors.memberId ? true : undefined}
          >
            <option value="">{t('booking.field.noLogin')}</option>
            {logins.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          {errors.memberId ? (
            <div className="field-error" role="alert">
              {errors.memberId}
            </div>
          ) : null}
        </div>
      ) : null}
      <TextField
        label={t('booking.field.masterSlug')}
        value={d.masterSlug}
        autoCapitalize="off"
        onChange={(e) => {
          setSlugTyped(true);
          set({masterSlug: e.target.value.toLowerCase()});
        }}
        error={errors.masterSlug}
        hint={`${location.origin}/c/${session.company.slug}/book/${d.masterSlug}`}
      />
      <TextArea label={t('booking.field.about')} rows={2} value={d.about} onChange={(e) => set({about: e.target.value})} error={errors.about} />
      <div className="field">
        <label htmlFor="m-step">{t('booking.field.step')}</label>
        <select id="m-step" value={d.slotStepMin} onChange={(e) => set({slotStepMin: Number(e.target.value) as (typeof STEPS)[number]})}>
          {STEPS.map((s) => (
            <option key={s} value={s}>
              {t('booking.minutesShort', {count: s})}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-fields">
        <TextField
          label={t('booking.field.minNotice')}
          inputMode="numeric"
          value={d.minNoticeMin}
          onChange={(e) => set({minNoticeMin: e.target.value})}
          error={errors.minNoticeMin}
        />
        <TextField
          label={t('booking.field.horizon')}
          inputMode="numeric"
          value={d.horizonDays}
          onChange={(e) => set({horizonDays: e.target.value})}
          error={errors.horizonDays}
        />
      </div>
      <TextField
        label={t('booking.field.cancelBefore')}
        inputMode="numeric"
        value={d.cancelBeforeMin}
        onChange={(e) => set({cancelBeforeMin: e.target.value})}
        error={errors.cancelBeforeMin}
      />
      <TextField
        label={t('booking.field.reminders')}
        hint={t('booking.field.remindersHint')}
        value={d.reminders}
        onChange={(e) => set({reminders: e.target.value})}
        error={errors.reminderOffsets ?? errors['reminderOffsets.0']}
      />
      <ReminderChannels />
      <TextField
        label={t('booking.field.reviewAfter')}
        inputMode="numeric"
        value={d.reviewAfterMin}
        onChange={(e) => set({reviewAfterMin: e.target.value})}
        error={errors.reviewAfterMin}
      />
      <label className="check">
        <input type="checkbox" checked={d.active} onChange={(e) => set({active: e.target.checked})} />
        {t('booking.field.active')}
      </label>
      <div className="btn-row form-actions">
        <SaveLine state={state} />
        <button className="primary" type="submit">
          {master ? t('booking.save') : t('booking.setup.start')}
        </button>
      </div>
    </form>
  );
}

/**
 * Where reminders are set up, the owner sees how they will really go out:
 * by email when the server sends email (to clients who left an address),
 * otherwise not at all. Asked of the server; offline, nothing is claimed.
 */
function ReminderChannels() {
  const {t, locale} = useI18n();
  const [email, setEmail] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void api<{email: boolean}>('/notifications/channels', {locale}).then((r) => {
      if (live && r.ok) setEmail(r.data.email);
    });
    return () => {
      live = false;
    };
  }, [locale]);
  if (email === null) return null;
  return (
    <div className={email ? 'channels-note' : 'channels-note off'} role="note" data-channels={email ? 'email' : 'none'}>
      <b>{t('booking.channels.title')}</b> {email ? t('booking.channels.email') : t('booking.channels.none')}{' '}
      <span className="muted">{t('booking.channels.messengers')}</span>
    </div>
  );
}
