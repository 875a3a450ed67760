// One booking with everything a message about it needs: the company (slug,
// zone, language), the master and the place.
import type pg from 'pg';

export type BookingView = {
  id: string;
  company_id: string;
  company_slug: string;
  company_name: string;
  company_locale: string;
  master_id: string;
  master_slug: string;
  master_name: string;
  /** Null for a master without a login of their own. */
  master_member_id: string | null;
  place_name: string;
  place_address: string;
  timezone: string;
  kind: string;
  status: string;
  starts_at: number;
  ends_at: number;
  blocked_until: number;
  service_title: string;
  client_name: string;
  client_phone: string;
  client_email: string;
  client_locale: string;
  client_id: string | null;
  cancel_reason: string;
  cancelled_by: string | null;
  review_after_min: number | null;
  updated_at: number;
};

export const BOOKING_VIEW_SQL = `
  select b.id, b.company_id, c.slug as company_slug, c.name as company_name, c.locale as company_locale,
         b.master_id, m.slug as master_slug, m.display_name as master_name, m.member_id as master_member_id,
         p.name as place_name, p.address as place_address, p.timezone,
         b.kind, b.status, (extract(epoch from b.starts_at) * 1000)::bigint as starts_at,
         (extract(epoch from b.ends_at) * 1000)::bigint as ends_at, (extract(epoch from b.blocked_until) * 1000)::bigint as blocked_until,
         b.service_title, b.client_name, b.client_phone, b.client_email, b.client_locale, b.client_id, b.cancel_reason, b.cancelled_by,
         m.review_after_min, (extract(epoch from b.updated_at) * 1000)::bigint as updated_at
    from booking b
    join company c on c.id = b.company_id
    join booking_master m on m.id = b.master_id
    join booking_place p on p.id = b.place_id`;

export async function loadBooking(pool: pg.Pool, id: string): Promise<BookingView | undefined> {
  const {rows} = await pool.query<BookingView>(`${BOOKING_VIEW_SQL} where b.id = $1`, [id]);
  return rows[0];
}
