-- 0304: a salon's masters are not all app users. The owner or an administrator
-- adds a master who has no login of their own (member_id null) and keeps their
-- hours, services and bookings; a login can be linked later. One profile per
-- member still holds (unique ignores nulls).
alter table booking_master alter column member_id drop not null;
