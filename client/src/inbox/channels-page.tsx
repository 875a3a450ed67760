// /inbox/channels: connecting the company's own Telegram bot, WhatsApp number
// and VK community, and the links clients open. Connecting is checked with the
// messenger by the server, so this screen needs the network and says so.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useDeviceOnline} from '../sync/connection-indicator.tsx';
import {ChannelCard} from './channel-card.tsx';
import {ClientLinks} from './client-links.tsx';
import {MESSENGERS} from '#shared/messaging/events.ts';

export function ChannelsPage({session, timeZone}: {session: Session; timeZone: string}) {
  const t = useT();
  const online = useDeviceOnline();
  const [channels] = useQuery(queries.inbox.channels());
  if (!session.permissions.includes('channels.manage'))
    return (
      <section className="page channels-page">
        <p className="alert">{t('error.notAllowed')}</p>
      </section>
    );
  return (
    <section className="page channels-page">
      <Link href="/inbox" className="back-link">
        ← {t('inbox.title')}
      </Link>
      <h1>{t('channels.title')}</h1>
      {!online ? (
        <p className="banner" role="status">
          {t('channels.offline')}
        </p>
      ) : null}
      {MESSENGERS.map((k) => (
        <ChannelCard key={k} kind={k} channel={channels.find((c) => c.kind === k)} online={online} timeZone={timeZone} />
      ))}
      <ClientLinks online={online} />
    </section>
  );
}
