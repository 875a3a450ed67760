-- 0930: a job remembers the request that caused it (issue 19, logs): the HTTP
-- request's X-Request-Id, or for a write pushed through sync the device's
-- client id and mutation id. The worker logs it when it runs the job, so one
-- id follows a write from the device to the reminder or message it set off.
-- Null for work a due scan found by itself.
alter table job add column request_id text;
