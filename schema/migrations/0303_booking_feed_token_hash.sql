-- 0303: a calendar feed's secret address is kept only as its SHA-256, like
-- sessions, API keys and invitations. The plain token was readable by anyone
-- who could read the table or its audit rows (a request's history once served
-- any record's audit rows, this table's included). Existing addresses keep
-- working: their hash is what is looked up now.
alter table booking_feed add column token_hash text;
update booking_feed set token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex');
alter table booking_feed alter column token_hash set not null;
alter table booking_feed drop column token;
alter table booking_feed add constraint booking_feed_token_hash_key unique (token_hash);

-- The audit log copied every token ever made. A secret is not history: it is
-- removed from those rows (the only edit the append-only log ever gets, done
-- here with its guard lifted for this statement alone).
alter table audit_log disable trigger audit_log_immutable;
update audit_log set changes = changes - 'token' where entity = 'booking_feed' and changes ? 'token';
alter table audit_log enable trigger audit_log_immutable;
