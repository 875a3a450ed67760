// A client's own links to their booking (manage, calendar file, review): the
// booking id signed with a secret the server made once, so a link cannot be
// guessed or altered, and needs no table of tokens.
import {createHmac, timingSafeEqual} from 'node:crypto';
import type pg from 'pg';
import {serverSecret} from '../notify/keys.ts';

const secretOf = serverSecret('booking-link');

export async function bookingToken(pool: pg.Pool, bookingId: string): Promise<string> {
  return createHmac('sha256', await secretOf(pool)).update(`booking:${bookingId}`).digest('base64url').slice(0, 22);
}

export async function tokenMatches(pool: pg.Pool, bookingId: string, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || token.length !== 22) return false;
  const expected = Buffer.from(await bookingToken(pool, bookingId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const bookingPath = (companySlug: string, masterSlug: string) => `/c/${companySlug}/book/${masterSlug}`;

export async function manageUrl(pool: pg.Pool, origin: string, o: {companySlug: string; masterSlug: string; bookingId: string}, tail = ''): Promise<string> {
  return `${origin}${bookingPath(o.companySlug, o.masterSlug)}/b/${o.bookingId}${tail}?k=${await bookingToken(pool, o.bookingId)}`;
}
