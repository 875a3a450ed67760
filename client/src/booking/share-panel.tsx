// B2, C5: the master's own link — to send in WhatsApp, Telegram or VK, or to
// print as a QR code; the calendar feed for Google Calendar or a phone; and
// web push on this device. The QR preview is drawn on the device (offline).
import {useEffect, useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {LocalAddressWarning, usePublicOrigin} from '../cabinet/public-origin.tsx';
import {api} from '../session/api.ts';
import type {Session} from '../session/session.ts';
import {enablePush, pushState, type PushState} from './push.ts';
import type {MasterWithAll} from './use-master.ts';

function useQrSvg(url: string): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((QR) => QR.toString(url, {type: 'svg', errorCorrectionLevel: 'Q', margin: 4})).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [url]);
  return svg;
}

export function SharePanel({master, session}: {master: MasterWithAll; session: Session}) {
  const {t, locale} = useI18n();
  // Shared and printed: DOT_PUBLIC_URL when the server has one, else this address (warned about when local).
  const {origin, localHost} = usePublicOrigin();
  const link = `${origin}/c/${session.company.slug}/book/${master.slug}`;
  const svg = useQrSvg(`${link}?src=qr-card`);
  // The feed's address exists only in the answer that made it (the server keeps its hash).
  type Feed = {on: boolean; createdAt: number | null; url: string | null};
  const [feed, setFeed] = useState<Feed | undefined>(undefined);
  const [push, setPush] = useState<PushState>('unknown');
  const text = encodeURIComponent(`${master.display_name}: ${link}`);
  useEffect(() => {
    void api<Feed>(`/booking/masters/${master.id}/feed`, {locale}).then((r) => setFeed(r.ok ? r.data : undefined));
    void pushState().then(setPush);
  }, [master.id, locale]);
  const feedAction = (method: 'POST' | 'DELETE') =>
    void api<Feed>(`/booking/masters/${master.id}/feed`, {method, locale}).then(
      (r) => r.ok && setFeed(method === 'POST' ? r.data : {on: false, createdAt: null, url: null}),
    );
  return (
    <section className="panel share-panel">
      <h2>{t('booking.link')}</h2>
      <p className="share">
        <a href={link} target="_blank" rel="noreferrer" className="master-link">
          {link}
        </a>
      </p>
      <p className="muted small">{t('booking.linkHint')}</p>
      <h3>{t('booking.messengerLinks')}</h3>
      <div className="btn-row">
        <a className="button-like" href={`https://wa.me/?text=${text}`} target="_blank" rel="noreferrer">
          WhatsApp
        </a>
        <a
          className="button-like"
          href={`https://t.me/share/url?url=${encodeURIComponent(link)}&text=${encodeURIComponent(master.display_name)}`}
          target="_blank"
          rel="noreferrer"
        >
          Telegram
        </a>
        <a className="button-like" href={`https://vk.com/share.php?url=${encodeURIComponent(link)}`} target="_blank" rel="noreferrer">
          VK
        </a>
      </div>
      <h3>{t('booking.qr')}</h3>
      <LocalAddressWarning host={localHost} />
      <div className="qr-box" dangerouslySetInnerHTML={svg ? {__html: svg} : undefined} />
      <p>
        <a
          href={`/api/v1/qr/sheet.pdf?target=book&ref=${master.slug}&placement=card&caption=${encodeURIComponent(master.display_name)}`}
          target="_blank"
          rel="noreferrer"
        >
          {t('booking.qrPdf')}
        </a>
      </p>
      <h3>{t('booking.feed')}</h3>
      <p className="muted small">{t('booking.feed.hint')}</p>
      {feed?.url ? (
        <>
          <p className="share feed-url">{feed.url}</p>
          <p className="muted small">{t('booking.feed.shownOnce')}</p>
        </>
      ) : feed?.on ? (
        <p className="muted small">
          {t('booking.feed.isOn', {date: formatDate(feed.createdAt ?? 0, master.places[0]?.timezone ?? 'Asia/Almaty', locale, 'short')})}
        </p>
      ) : null}
      <div className="btn-row">
        <button type="button" onClick={() => feedAction('POST')} disabled={feed === undefined && !navigator.onLine}>
          {feed?.on ? t('booking.feed.renew') : t('booking.feed.make')}
        </button>
        {feed?.on ? (
          <button type="button" onClick={() => feedAction('DELETE')}>
            {t('booking.feed.revoke')}
          </button>
        ) : null}
        {!navigator.onLine ? <span className="muted small">{t('booking.needsNetwork')}</span> : null}
      </div>
      <h3>{t('booking.notifications')}</h3>
      {push === 'unsupported' ? (
        <p className="muted small">{t('booking.push.unsupported')}</p>
      ) : push === 'on' ? (
        <p className="save-ok">✓ {t('booking.push.on')}</p>
      ) : (
        <button type="button" onClick={() => void enablePush(locale).then(setPush)}>
          {t('booking.push.enable')}
        </button>
      )}
    </section>
  );
}
