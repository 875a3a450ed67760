// One messenger on the channels screen: how it stands (from the replica), and
// the form that connects it through the server (the check needs the network).
import {useEffect, useState, type FormEvent} from 'react';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {api, fieldErrors, type ApiError} from '../session/api.ts';
import {TextField} from '../ui/field.tsx';
import {CHANNEL_FIELDS, webhookUrl} from './channel-fields.ts';
import {ChannelMark} from './conversation-list.tsx';
import {CopyButton} from './client-links.tsx';
import {reasonText, type ChannelRow} from './use-inbox.ts';

type Check = {ok: true; handle: string} | {ok: false; reason: string; detail?: string};

type Props = {kind: MessengerKind; channel: ChannelRow | undefined; online: boolean; timeZone: string};

export function ChannelCard({kind, channel, online, timeZone}: Props) {
  const {t, locale} = useI18n();
  const fields = CHANNEL_FIELDS[kind];
  const empty = () => Object.fromEntries(fields.map((f) => [f.name, f.name === 'template' ? (channel?.wa_template ?? '') : '']));
  const [values, setValues] = useState<Record<string, string>>(empty);
  // The channel's row may arrive after the card is drawn (sync): its saved template fills a field nobody typed in yet.
  const savedTemplate = channel?.wa_template ?? '';
  useEffect(() => {
    if (savedTemplate) setValues((v) => ('template' in v && !v.template ? {...v, template: savedTemplate} : v));
  }, [savedTemplate]);
  const [error, setError] = useState<ApiError>();
  const [check, setCheck] = useState<Check>();
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const state = channel?.state ?? 'none';

  async function run<T>(call: () => Promise<{ok: true; data: T} | {ok: false; status: number; error: ApiError}>, done: (data: T) => void) {
    setBusy(true);
    const r = await call();
    setBusy(false);
    if (r.ok) {
      setError(undefined);
      done(r.data);
    } else setError(r.status === 0 ? {code: 'network', message: t('error.network')} : r.error);
  }

  function save(e: FormEvent) {
    e.preventDefault();
    void run(
      () => api<{check: Check}>(`/channels/${kind}`, {method: 'PUT', body: values, locale}),
      (data) => {
        setCheck(data.check);
        setValues(empty());
      },
    );
  }
  const test = () => void run(() => api<Check>(`/channels/${kind}/test`, {method: 'POST', body: {}, locale}), setCheck);
  const remove = () => {
    if (!window.confirm(t('channels.remove.confirm'))) return;
    void run(
      () => api<undefined>(`/channels/${kind}`, {method: 'DELETE', locale}),
      () => setCheck(undefined),
    );
  };
  const hook = channel ? webhookUrl(kind, channel.id, location.origin) : null;

  const form = (
    <form onSubmit={save} className="channel-form">
      {fields.map((f) => (
        <TextField
          key={f.name}
          label={t(f.label)}
          name={f.name}
          value={values[f.name] ?? ''}
          onChange={(e) => setValues({...values, [f.name]: e.target.value})}
          error={errors[f.name]}
          hint={channel && f.secret ? t('channels.saved') : f.hint ? t(f.hint) : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      ))}
      <div className="form-actions">
        <button className="primary" disabled={!online || busy}>
          {channel ? t('channels.update') : t('channels.connect')}
        </button>
      </div>
    </form>
  );

  return (
    <section className="panel channel-card" data-kind={kind} data-state={state}>
      <div className="channel-head">
        <h2>
          <ChannelMark kind={kind} />
        </h2>
        <span className={`badge channel-state cs-${state}`}>{t(`channels.state.${state}`)}</span>
      </div>
      {channel?.handle ? <p className="channel-handle">{channel.handle}</p> : null}
      {channel?.state === 'error' && channel.last_error && !check ? <p className="alert">{reasonText(channel.last_error, t)}</p> : null}
      {channel?.checked_at ? <p className="muted">{t('channels.checkedAt', {date: formatDate(channel.checked_at, timeZone, locale, 'short')})}</p> : null}
      {check ? (
        <p className={check.ok ? 'notice-ok' : 'alert'} role="status">
          {check.ok ? t('channels.ok', {handle: check.handle}) : `${reasonText(check.reason, t)}${check.detail ? ` (${check.detail})` : ''}`}
        </p>
      ) : null}
      {error && !error.fields?.length ? <p className="alert">{error.message}</p> : null}
      {hook ? (
        <div className="webhook">
          <p>{t('channels.webhook', {platform: t(`messaging.channel.${kind}`)})}</p>
          <code className="webhook-url">{hook}</code>
          <CopyButton text={hook} />
        </div>
      ) : kind === 'telegram' ? (
        <p className="muted">{t('channels.webhookAuto')}</p>
      ) : null}
      {channel ? (
        <div className="form-actions channel-actions">
          <button type="button" disabled={!online || busy} onClick={test}>
            {t('channels.test')}
          </button>
          <button type="button" className="danger" disabled={!online || busy} onClick={remove}>
            {t('channels.remove')}
          </button>
        </div>
      ) : null}
      {channel ? (
        <details className="channel-edit" open={!!error?.fields?.length || undefined}>
          <summary>{t('channels.edit')}</summary>
          {form}
        </details>
      ) : (
        form
      )}
    </section>
  );
}
