-- New answered calls waiting for their RANDOM_REALTIME draw until every partition's event time has reached their
-- end (the watermark plus the allowed lateness): by then every record that ended before them has arrived, however
-- the partitions are read, so the draw sees the same targeted picks in a replay as live. new_hire: the roster as
-- known when the call arrived.
create table realtime_wait (
    call_id  text        primary key,
    agent_id text        not null,
    ended_at timestamptz not null,
    new_hire boolean     not null
);
create index realtime_wait_ended on realtime_wait (ended_at);
