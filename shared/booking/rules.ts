// Rules of a booking's life that both the app and the public pages apply.
const MINUTE = 60_000;

/** A client may move or cancel by themselves until this long before the visit (the master's rule). */
export function clientMayChange(booking: {starts_at: number; status: string}, master: {cancel_before_min: number}, now: number): boolean {
  return booking.status === 'confirmed' && now + master.cancel_before_min * MINUTE <= booking.starts_at;
}

/**
 * A client's own link (manage, calendar file, review) works until this long
 * after the visit: long enough for the "how was it?" message (sent at most a
 * week after), short enough that a link found in an old email or a forwarded
 * message later opens nothing.
 */
export const MANAGE_LINK_DAYS_AFTER_VISIT = 30;

export function manageLinkValid(booking: {ends_at: number}, now: number): boolean {
  return now <= booking.ends_at + MANAGE_LINK_DAYS_AFTER_VISIT * 24 * 60 * MINUTE;
}

/** The visit is over: the moment a review may be asked for and left. */
export function visitEnded(booking: {ends_at: number; status: string}, now: number): boolean {
  return booking.status === 'confirmed' && booking.ends_at <= now;
}

/** The new times of a booking moved to `start`: the visit and its buffer keep their lengths. */
export function movedTimes(booking: {starts_at: number; ends_at: number; blocked_until: number}, start: number) {
  return {starts_at: start, ends_at: start + (booking.ends_at - booking.starts_at), blocked_until: start + (booking.blocked_until - booking.starts_at)};
}

/** The master's clients for a mass message: one per phone, the latest name and email they gave. */
export type ClientOf = {name: string; phone: string; email: string; locale: string; lastVisit: number};

/** What clientsOf reads of a booking (the mass-message job selects exactly this). */
export type ClientBooking = {
  kind: string;
  status: string;
  client_name: string;
  client_phone: string;
  client_email: string;
  client_locale: string;
  starts_at: number;
};

export function clientsOf(bookings: readonly ClientBooking[]): ClientOf[] {
  const byPhone = new Map<string, ClientOf>();
  for (const b of bookings) {
    if (b.kind !== 'visit' || !b.client_phone) continue;
    const seen = byPhone.get(b.client_phone);
    if (!seen || b.starts_at > seen.lastVisit) {
      byPhone.set(b.client_phone, {
        name: b.client_name,
        phone: b.client_phone,
        email: b.client_email || seen?.email || '',
        locale: b.client_locale,
        lastVisit: b.starts_at,
      });
    } else if (!seen.email && b.client_email) seen.email = b.client_email;
  }
  return [...byPhone.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The ways a client can be reached today: email, when the server sends it (messengers come later). */
export type ClientChannels = {email: boolean};

/**
 * How a client's reminders will reach them — none is a real answer: the page
 * then promises nothing and says how to keep the visit in mind instead.
 */
export function clientReminderChannels(o: {clientEmail: string; offsets: readonly number[]; channels: ClientChannels}): 'email'[] {
  return remindsByEmail(o.channels, o.offsets) && o.clientEmail.trim() ? ['email'] : [];
}

/** Would a client who leaves an email get reminders? (What the booking form may say beside the field.) */
export function remindsByEmail(channels: ClientChannels, offsets: readonly number[]): boolean {
  return channels.email && offsets.length > 0;
}
