// Settings → Security: where I am signed in (from the server, online only), ending one sign-in or every other.
import {useCallback, useEffect, useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {api} from '../../session/api.ts';
import {deviceName} from './device-name.ts';

const ZONE = 'Asia/Almaty';
type Item = {id: string; userAgent: string | null; createdAt: number; lastSeenAt: number; current: boolean};

export function Sessions() {
  const {t, locale} = useI18n();
  const [items, setItems] = useState<Item[] | null>();
  const [note, setNote] = useState<string>();
  const load = useCallback(async () => {
    const r = await api<{data: Item[]}>('/auth/sessions', {locale});
    setItems(r.ok ? r.data.data : null);
  }, [locale]);
  useEffect(() => void load(), [load]);

  async function end(id: string) {
    const r = await api(`/auth/sessions/${id}`, {method: 'DELETE', locale});
    setNote(r.ok ? undefined : r.error.message);
    await load();
  }
  async function endOthers() {
    const r = await api<{ended: number}>('/auth/sessions/sign-out-others', {method: 'POST', locale});
    setNote(r.ok ? t('sec.sessions.ended', {n: r.data.ended}) : r.error.message);
    await load();
  }

  return (
    <div className="sec-block">
      <h3>{t('sec.sessions.title')}</h3>
      <p className="muted">{t('sec.sessions.hint')}</p>
      {note ? (
        <p role="status" className="muted">
          {note}
        </p>
      ) : null}
      {items === null ? <p className="muted">{t('sec.sessions.offline')}</p> : null}
      {items?.length ? (
        <ul className="sec-sessions" aria-label={t('sec.sessions.title')}>
          {items.map((s) => (
            <li key={s.id}>
              <div className="sec-who" title={s.userAgent ?? undefined}>
                {deviceName(s.userAgent) ?? t('sec.sessions.unknown')}
                {s.current ? <span className="sec-current">{t('sec.sessions.current')}</span> : null}
                <small>{t('sec.sessions.lastSeen', {when: formatDate(s.lastSeenAt, ZONE, locale, 'dateTime')})}</small>
              </div>
              {s.current ? null : (
                <button type="button" onClick={() => void end(s.id)}>
                  {t('sec.sessions.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {items && items.length > 1 ? (
        <button type="button" onClick={() => void endOthers()}>
          {t('sec.sessions.endOthers')}
        </button>
      ) : null}
    </div>
  );
}
