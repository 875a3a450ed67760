// B5: the master's clients (one per phone, from their bookings) and a message
// to all of them ("I am on holiday 1–7 May"), with a preview of who receives
// it and through which channel. Written on the device (offline too); the
// server sends it, each once; the send log below shows what came of each.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {clientsOf} from '#shared/booking/rules.ts';
import {massNotifyArgs} from '#shared/booking/validation.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {noticeRoute, routeCounts} from '#shared/messaging/audience.ts';
import {mutators} from '../sync/mutators.ts';
import {formatPhone} from '#shared/phone.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {TextArea} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import type {MasterWithAll} from './use-master.ts';

export function ClientsPanel({master, zone, canReadClients}: {master: MasterWithAll; zone: string; canReadClients: boolean}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [bookings] = useQuery(queries.booking.bookings({masterId: master.id, from: 0, to: 8.64e15}));
  const [sent] = useQuery(queries.booking.mass({masterId: master.id}));
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const clients = clientsOf(bookings);
  // B5: each client's way — their chat first (messengers), else email (shared/messaging/audience.ts).
  const [chats] = useQuery(queries.inbox.conversations());
  const [channels] = useQuery(queries.inbox.channels());
  const clientByPhone = new Map<string, string>();
  for (const b of [...bookings].sort((x, y) => x.created_at - y.created_at)) if (b.client_id && b.client_phone) clientByPhone.set(b.client_phone, b.client_id);
  const now = Date.now();
  const routes = clients.map((c) =>
    noticeRoute({phone: c.phone, email: c.email, clientId: clientByPhone.get(c.phone) ?? null}, chats, {
      now,
      whatsappTemplate: channels.some((ch) => ch.kind === 'whatsapp' && ch.wa_template),
      emailOn: true,
    }),
  );
  const counts = routeCounts(routes);
  const reachable = routes.filter((r) => r !== 'none' && r !== 'opted-out');
  // The CRM client behind each phone (K1); a phone two clients share (a family's) opens the latest booking's.
  const clientOfPhone = new Map<string, string>();
  if (canReadClients) {
    for (const b of [...bookings].sort((x, y) => x.created_at - y.created_at))
      if (b.client_id && b.client_phone) clientOfPhone.set(b.client_phone, b.client_id);
  }
  return (
    <>
      <section className="panel mass-panel">
        <h2>{t('booking.mass.title')}</h2>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const args = {id: crypto.randomUUID(), masterId: master.id, body, createdAt: Date.now()};
            const parsed = massNotifyArgs.safeParse(args);
            if (!parsed.success) return setError(issuesByField(toFieldIssues(parsed.error.issues), t).body ?? '');
            setError('');
            void write(mutators.booking.notifyClients(args)).then((r) => (r.ok ? setBody('') : setError(r.message)));
          }}
        >
          <TextArea
            label={t('booking.mass.title')}
            placeholder={t('booking.mass.placeholder')}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={error}
          />
          <p className="mass-preview">
            <b>{t('booking.mass.preview', {count: reachable.length})}</b>
            {(['telegram', 'whatsapp', 'vk', 'email'] as const).map((r) =>
              counts[r] ? (
                <span key={r} className="muted small" data-route={r}>
                  {' '}
                  · {t(`booking.log.channel.${r}`)} {counts[r]}
                </span>
              ) : null,
            )}
            {counts.none ? <span className="muted small"> · {t('booking.mass.noEmail', {count: counts.none})}</span> : null}
            {counts['opted-out'] ? <span className="muted small"> · {t('booking.mass.optedOut', {count: counts['opted-out']})}</span> : null}
          </p>
          <button className="primary" type="submit" disabled={!reachable.length}>
            {t('booking.mass.send')}
          </button>
        </form>
        <ul className="list-rows">
          {sent.map((m) => (
            <li key={m.id}>
              <div>
                <span className="muted small">{formatDate(m.created_at, zone, locale, 'short')}</span>
                <span className={m.status === 'sent' ? 'st delivered' : 'st pending'}>
                  {m.status === 'sent' ? t('booking.mass.sent', {count: m.recipients}) : t('booking.mass.pending')}
                </span>
              </div>
              <span>{m.body}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel clients-panel">
        <h2>{t('booking.clients.title')}</h2>
        {clients.length ? null : <p className="muted">{t('booking.clients.empty')}</p>}
        <ul className="list-rows">
          {clients.map((c) => (
            <li key={c.phone} data-client={c.name}>
              {clientOfPhone.has(c.phone) ? (
                <Link href={`/clients/${clientOfPhone.get(c.phone)}`} className="client-link" title={t('booking.openClient')}>
                  <b>{c.name}</b>
                </Link>
              ) : (
                <b>{c.name}</b>
              )}
              <div className="muted small">
                <a href={`tel:${c.phone}`}>{formatPhone(c.phone)}</a>
                {c.email ? <span>{c.email}</span> : null}
                <span>{formatDate(c.lastVisit, zone, locale, 'date')}</span>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
