// "Links for clients": each master's link per messenger (they work through the
// platform's shared bot even when the company connected nothing), to copy into
// Instagram, a business card or a QR code. Needs the network to fetch.
import {useEffect, useState} from 'react';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {api} from '../session/api.ts';
import {ChannelMark} from './conversation-list.tsx';
import {MESSENGERS} from '#shared/messaging/events.ts';

type LinkSet = Partial<Record<MessengerKind, string>>;
type Links = {company?: {links: LinkSet}; masters: {masterId: string; name: string; links: LinkSet}[]};

function LinkRows({links}: {links: LinkSet}) {
  return MESSENGERS.map((k) => {
    const url = links[k];
    return url ? (
      <div key={k} className="client-link-row" data-kind={k}>
        <ChannelMark kind={k} />
        <code className="link-url">{url}</code>
        <CopyButton text={url} />
      </div>
    ) : null;
  });
}

export function CopyButton({text}: {text: string}) {
  const {t} = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <button type="button" className="copy-button" onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}>
      {copied ? t('action.copied') : t('action.copy')}
    </button>
  );
}

export function ClientLinks({online}: {online: boolean}) {
  const {t, locale} = useI18n();
  const [links, setLinks] = useState<Links | {failed: string}>();
  useEffect(() => {
    if (!online) return;
    let live = true;
    void api<Links>('/messaging/links', {locale}).then((r) => {
      if (live) setLinks(r.ok ? r.data : {failed: r.status === 0 ? t('error.network') : r.error.message || t('channels.linksFailed')});
    });
    return () => {
      live = false;
    };
  }, [online, locale, t]);
  return (
    <section className="panel client-links">
      <h2>{t('channels.links.title')}</h2>
      <p className="muted">{t('channels.links.hint')}</p>
      {links === undefined ? (
        <p className="muted">{online ? t('state.loading') : t('channels.offline')}</p>
      ) : 'failed' in links ? (
        <p className="alert">{links.failed}</p>
      ) : links.masters.length === 0 && !Object.keys(links.company?.links ?? {}).length ? (
        <p className="muted">{t('channels.links.none')}</p>
      ) : (
        <ul className="links-list">
          {links.company && Object.keys(links.company.links).length > 0 && (
            <li data-company-links>
              <h3>{t('channels.links.company')}</h3>
              <p className="muted">{t('channels.links.companyHint')}</p>
              <LinkRows links={links.company.links} />
            </li>
          )}
          {links.masters.map((m) => (
            <li key={m.masterId} data-master-id={m.masterId}>
              <h3>{m.name}</h3>
              <LinkRows links={m.links} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
