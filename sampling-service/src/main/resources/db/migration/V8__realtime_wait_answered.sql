-- A waiting call keeps what its draw needs (agent, answer time, end), so that the draw reads no call row; a call's
-- newer record restates them. Only the calls the draw picks are read from the call index.
alter table realtime_wait add column answered_at timestamptz;
update realtime_wait w set answered_at = c.answered_at from call c where c.call_id = w.call_id;
delete from realtime_wait where answered_at is null;
alter table realtime_wait alter column answered_at set not null;

-- A call waits once: only its first record (a new row of the call index) enqueues it, so the table needs no key;
-- without one each waiting call costs one index entry less to write and delete.
alter table realtime_wait drop constraint realtime_wait_pkey;
