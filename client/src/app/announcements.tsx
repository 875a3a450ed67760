// The platform's announcements and its maintenance banner (issue 18), above
// every screen of the app. Asked for when the device is online (at start, when
// the network comes back, and every quarter of an hour); the last answer is
// kept, so an announcement stays readable offline. A closed one stays closed
// on this device (localStorage); which show is announcement-list.ts.
import {useEffect, useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {api} from '../session/api.ts';
import {closing, visibleAnnouncements, type AnnouncementsAnswer as Answer} from './announcement-list.ts';
import './announcements.css';

const SEEN_KEY = 'dot.announcements';
const CLOSED_KEY = 'dot.announcements.closed';
const EVERY_MS = 15 * 60_000;

function stored<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function keep(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or refused storage: the banner still shows, it just does not remember.
  }
}

/** `companyId`: the answer kept for offline is this company's (a person may belong to several). */
export function Announcements({companyId}: {companyId: string}) {
  const {locale, t} = useI18n();
  const [answer, setAnswer] = useState<Answer | null>(() => stored<Answer | null>(`${SEEN_KEY}.${companyId}.${locale}`, null));
  const [closed, setClosed] = useState<string[]>(() => stored<string[]>(`${CLOSED_KEY}.${companyId}`, []));

  useEffect(() => {
    let gone = false;
    const ask = async () => {
      if (!navigator.onLine) return;
      const r = await api<Answer>('/announcements', {locale});
      if (gone || !r.ok) return;
      setAnswer(r.data);
      keep(`${SEEN_KEY}.${companyId}.${locale}`, r.data);
    };
    void ask();
    const timer = setInterval(() => void ask(), EVERY_MS);
    const online = () => void ask();
    window.addEventListener('online', online);
    return () => {
      gone = true;
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [locale, companyId]);

  if (!answer) return null;
  const items = visibleAnnouncements(answer, closed);
  if (!items.length) return null;
  const close = (id: string) => {
    const next = closing(answer, closed, id);
    setClosed(next);
    keep(`${CLOSED_KEY}.${companyId}`, next);
  };
  return (
    <div role="region" aria-label={t('announce.region')}>
      {items.map((a) => (
        <div key={a.id} className={`announce ${a.tone}`} role={a.tone === 'warning' ? 'alert' : 'status'}>
          <p>{a.text}</p>
          <button type="button" onClick={() => close(a.id)} aria-label={t('announce.close')} title={t('announce.close')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
