// The bot's ports (shared/messaging/bot/flow.ts) against the real data: the
// master's services and free times by the same rule as the web booking page
// (offeredSlots), bookings made, moved and cancelled by the same mutators with
// a visitor's context — so the database still refuses a double booking and the
// master's rules on cancelling apply — and only ever the bookings of this chat.
import type pg from 'pg';
import {slotsByDay} from '#shared/booking/compute.ts';
import {addDays, localToUtc} from '#shared/booking/zone.ts';
import {derivedId} from '#shared/crm/ids.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import type {BotPorts, Booked, Choice} from '#shared/messaging/bot/flow.ts';
import {offeredSlots} from '#shared/mutators/booking-access.ts';
import {mutators} from '#shared/mutators/index.ts';
import {normalizePhone} from '#shared/phone.ts';
import type {PublicContext} from '#shared/auth/context.ts';
import type {Clock} from '../clock.ts';
import {placesOf, type PublicMaster} from '../public/booking/data.ts';
import {refusal} from '../public/booking/route-kit.ts';
import type {ZeroDb} from '../zero/db.ts';
import {newLinkCode, useLinkCode} from './account-link.ts';
import type {Executor} from '../zero/execute.ts';

export type PortsDeps = {pool: pg.Pool; zdb: ZeroDb; executor: Executor; clock: Clock};

export type Session = {
  companyId: string;
  conversationId: string;
  botUserId: string;
  /** Whose chat this is now (B6). */
  master: PublicMaster | undefined;
  name: string;
  phone: string;
  locale: Locale;
  /** The update being answered: ids of what it makes derive from it, so a re-run makes nothing twice. */
  eventId: string;
  source: string;
  channel: string;
};

const LOCALE_TAG: Record<Locale, string> = {ru: 'ru-KZ', kk: 'kk-KZ', en: 'en-GB'};

export function botPorts(deps: PortsDeps, s: Session, perScreen: number): BotPorts {
  const ctx: PublicContext = {kind: 'public', companyID: s.companyId};
  let t = createTranslator(s.locale);
  const now = () => deps.clock.now();
  const zone = () => s.master?.places[0]?.timezone ?? 'Asia/Almaty';
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE_TAG[s.locale], {timeZone: zone(), ...o});
  const whenLabel = (start: number) => fmt({weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit'}).format(start);
  const service = (id: string) => s.master?.services.find((x) => x.id === id);

  async function slots(serviceId: string, window?: {start: number; end: number}) {
    const m = s.master;
    const svc = service(serviceId);
    if (!m || !svc) return {slots: [], place: undefined};
    const place = placesOf(m, svc)[0];
    if (!place) return {slots: [], place: undefined};
    const found = await offeredSlots(deps.zdb, ctx, {master: m, place, durationMin: svc.duration_min, bufferMin: svc.buffer_min, now: now(), window});
    return {slots: found, place};
  }

  const timeChoices = (list: readonly {start: number}[]): Choice[] =>
    list.map((x) => ({value: String(x.start), label: fmt({hour: '2-digit', minute: '2-digit'}).format(x.start)}));

  /** This chat's bookings still ahead: made here, or the client's own (same CRM client). */
  async function ahead(): Promise<{id: string; service_id: string | null; service_title: string; starts_at: number}[]> {
    const {rows} = await deps.pool.query(
      `select b.id, b.service_id, b.service_title, (extract(epoch from b.starts_at) * 1000)::float8 as starts_at
         from booking b
        where b.company_id = $1 and b.status = 'confirmed' and b.kind = 'visit' and b.starts_at > to_timestamp($3 / 1000.0)
          and (b.id in (select booking_id from bot_booking where conversation_id = $2)
               or b.client_id = (select client_id from conversation where id = $2 and client_id is not null))
        order by b.starts_at limit 20`,
      [s.companyId, s.conversationId, now()],
    );
    return rows;
  }

  async function taken(e: unknown, serviceId: string, wanted: number): Promise<Booked | undefined> {
    const d = refusal(e);
    if (!d) return undefined;
    if (d.code === 'conflict' || (d.code === 'validation' && d.fields?.some((f) => f.field === 'startsAt'))) {
      const alts = d.alternatives ?? (await slots(serviceId, {start: wanted - 86_400_000, end: wanted + 86_400_000})).slots;
      const nearest = [...alts]
        .sort((a, b) => Math.abs(a.start - wanted) - Math.abs(b.start - wanted))
        .slice(0, 6)
        .sort((a, b) => a.start - b.start);
      return {ok: false, nearest: nearest.map((x) => ({value: String(x.start), label: whenLabel(x.start)}))};
    }
    return {ok: false, nearest: [], reason: t(d.messageKey ?? 'v.invalid')};
  }

  return {
    get t() {
      return t;
    },
    perScreen,
    master: () => (s.master ? {name: s.master.display_name} : undefined),
    async masters() {
      const {rows} = await deps.pool.query<{id: string; name: string; company: string}>(
        `select distinct on (m.id) m.id, m.display_name as name, c.name as company
           from bot_follow f
           join booking_master m on m.company_id = f.company_id and (f.master_id is null or m.id = f.master_id) and m.active
           join company c on c.id = m.company_id
          where f.bot_user_id = $1 and c.status = 'active'
          order by m.id, f.created_at`,
        [s.botUserId],
      );
      const companies = new Set(rows.map((r) => r.company));
      return rows.map((r) => ({value: r.id, label: companies.size > 1 ? `${r.name} — ${r.company}` : r.name}));
    },
    async chooseMaster() {
      return undefined; // answered by the server before the ports (inbound.ts), which may change the company
    },
    async services() {
      return (s.master?.services ?? [])
        .filter((x) => s.master && placesOf(s.master, x).length)
        .map((x) => ({value: x.id, label: t('bot.service', {title: x.title, min: x.duration_min})}));
    },
    async serviceTitle(id) {
      return service(id)?.title;
    },
    async days(serviceId) {
      const {slots: found, place} = await slots(serviceId);
      if (!place) return [];
      return [...slotsByDay(found, place.timezone).keys()].slice(0, 14).map((day) => ({
        value: day,
        label: new Intl.DateTimeFormat(LOCALE_TAG[s.locale], {timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short'}).format(
          Date.parse(`${day}T12:00:00Z`),
        ),
      }));
    },
    async times(serviceId, day) {
      const tz = zone();
      const {slots: found} = await slots(serviceId, {start: localToUtc(day, 0, tz), end: localToUtc(addDays(day, 1), 0, tz)});
      return timeChoices(found.filter((x) => new Intl.DateTimeFormat('en-CA', {timeZone: tz}).format(x.start) === day));
    },
    whenLabel,
    phone: () => s.phone || undefined,
    readPhone: (text) => normalizePhone(text) ?? undefined,
    async savePhone(phone) {
      s.phone = phone;
      await deps.pool.query('update bot_user set phone = $2, updated_at = now() where id = $1', [s.botUserId, phone]);
    },
    async book(serviceId, start) {
      const m = s.master;
      const svc = service(serviceId);
      const place = m && svc ? placesOf(m, svc)[0] : undefined;
      if (!m || !svc || !place) return {ok: false, nearest: [], reason: t('bot.noServices')};
      const id = derivedId(s.eventId, 'booking');
      try {
        await deps.executor.run(
          mutators.booking.create({
            id,
            masterId: m.id,
            placeId: place.id,
            kind: 'visit',
            serviceId,
            startsAt: start,
            clientName: s.name || t('bot.you'),
            clientPhone: s.phone,
            clientEmail: '',
            clientLocale: s.locale,
            source: (s.source || s.channel).slice(0, 48),
            createdAt: now(),
          }),
          ctx,
        );
      } catch (e) {
        const r = await taken(e, serviceId, start);
        if (r) return r;
        throw e;
      }
      await deps.pool.query('insert into bot_booking (booking_id, company_id, conversation_id) values ($1, $2, $3) on conflict do nothing', [
        id,
        s.companyId,
        s.conversationId,
      ]);
      return {ok: true, when: whenLabel(start)};
    },
    async bookings() {
      return (await ahead()).map((b) => ({value: b.id, label: `${b.service_title}, ${whenLabel(b.starts_at)}`}));
    },
    async cancel(bookingId) {
      if (!(await ahead()).some((b) => b.id === bookingId)) return 'too-late';
      try {
        await deps.executor.run(mutators.booking.cancel({id: bookingId, reason: '', byClient: true, at: now()}), ctx);
        return 'ok';
      } catch (e) {
        if (refusal(e)) return 'too-late';
        throw e;
      }
    },
    async serviceOfBooking(bookingId) {
      return (await ahead()).find((b) => b.id === bookingId)?.service_id ?? undefined;
    },
    async move(bookingId, start) {
      const b = (await ahead()).find((x) => x.id === bookingId);
      if (!b?.service_id) return 'too-late';
      try {
        await deps.executor.run(mutators.booking.move({id: bookingId, startsAt: start, byClient: true, at: now()}), ctx);
      } catch (e) {
        const d = refusal(e);
        if (d?.code === 'forbidden_state') return 'too-late';
        const r = await taken(e, b.service_id, start);
        if (r) return r;
        throw e;
      }
      return {ok: true, when: whenLabel(start)};
    },
    async history() {
      const {rows} = await deps.pool.query<{direction: string; body: string}>(
        `select direction, body from (select direction, body, created_at from chat_message where conversation_id = $1 and author in ('client', 'member') and body <> ''
          order by created_at desc limit 10) m order by created_at`,
        [s.conversationId],
      );
      return rows.map((r) => ({mine: r.direction === 'in', text: r.body.replace(/\s+/g, ' ').slice(0, 300)}));
    },
    async setLocale(l) {
      s.locale = l;
      t = createTranslator(l);
      await deps.pool.query('update bot_user set locale = $2, updated_at = now() where id = $1', [s.botUserId, l]);
      await deps.pool.query('update conversation set locale = $2 where id = $1', [s.conversationId, l]);
      return t;
    },
    async optOut() {
      await deps.pool.query('update conversation set opted_out_at = coalesce(opted_out_at, to_timestamp($2 / 1000.0)) where id = $1', [
        s.conversationId,
        now(),
      ]);
    },
    linkCode: () => newLinkCode(deps.pool, s.botUserId),
    useLinkCode: (code) => useLinkCode(deps.pool, {botUserId: s.botUserId, companyId: s.companyId, conversationId: s.conversationId}, code),
    async review(bookingId, rating, text) {
      const {rows} = await deps.pool.query(
        `select 1 from booking b where b.id = $1 and b.company_id = $2
            and (b.id in (select booking_id from bot_booking where conversation_id = $3)
                 or b.client_id = (select client_id from conversation where id = $3 and client_id is not null))`,
        [bookingId, s.companyId, s.conversationId],
      );
      if (!rows.length) return;
      try {
        await deps.executor.run(mutators.booking.leaveReview({id: derivedId(bookingId, 'bot-review'), bookingId, rating, text, createdAt: now()}), ctx);
      } catch (e) {
        if (!refusal(e)) throw e; // already reviewed, or too early: the thanks stand
      }
    },
  };
}
