-- 0945: who is running a keyed REST write. A process killed mid-write (kill -9,
-- the OOM killer, a crash) left its claim without an answer, and every retry of
-- that key waited two minutes before taking it over: a device's outbox stalled
-- after each crash. The claim now names the database session that made it
-- (its backend pid and start time); when that session is gone — the process
-- died, or PostgreSQL restarted — the claim is abandoned at once and the retry
-- runs (harmless if the first did commit: the key is the write's op id).
alter table idempotent_answer
  add column claimed_pid    integer,
  add column claimed_since  timestamptz;
