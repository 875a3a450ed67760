// A client's own links to their booking (manage, calendar file, review): the
// booking id signed with a secret the server made once, so a link cannot be
// guessed or altered, and needs no table of tokens.
import type pg from 'pg';
import {serverSigner} from '../notify/keys.ts';

const signer = serverSigner('booking-link');

export function bookingToken(pool: pg.Pool, bookingId: string): Promise<string> {
  return signer.sign(pool, `booking:${bookingId}`);
}

export function tokenMatches(pool: pg.Pool, bookingId: string, token: unknown): Promise<boolean> {
  return signer.verify(pool, `booking:${bookingId}`, token);
}

export const bookingPath = (companySlug: string, masterSlug: string) => `/c/${companySlug}/book/${masterSlug}`;

export async function manageUrl(pool: pg.Pool, origin: string, o: {companySlug: string; masterSlug: string; bookingId: string}, tail = ''): Promise<string> {
  return `${origin}${bookingPath(o.companySlug, o.masterSlug)}/b/${o.bookingId}${tail}?k=${await bookingToken(pool, o.bookingId)}`;
}
