-- 0302: bookings join the client's story (K1: a client is "created or matched
-- automatically from every request, booking and message").
--
-- booking.client_id has been a plain nullable column since 0300, written as
-- null until the CRM could link it. booking.create now sets it through the
-- CRM's matcher (shared/crm/link.ts) and merges move it, so it gets the same
-- shape as request.client_id (0200): a reference that a deleted client turns
-- to null, and an index for "this client's bookings".
--
-- Bookings made before this migration stay unlinked: the matcher normalises
-- phone spellings and follows merges in TypeScript, which SQL cannot repeat
-- faithfully, so no backfill here (see docs/architecture.md, "The CRM").

-- Nothing has written the column yet; anything there that names no client
-- would block the reference, so it is cleared rather than guessed at.
update booking set client_id = null
 where client_id is not null and not exists (select 1 from client c where c.id = booking.client_id);

alter table booking add constraint booking_client_id_fkey foreign key (client_id) references client (id) on delete set null;
create index booking_client_idx on booking (company_id, client_id) where client_id is not null;
