-- The call index: one row per call, the latest record of it.
create table call (
    call_id       text primary key,
    agent_id      text,
    team_id       text,
    queue_id      text,
    channel       text        not null,
    direction     text        not null,
    outcome       text        not null,
    enqueued_at   timestamptz,
    answered_at   timestamptz,
    ended_at      timestamptz not null,
    talk_seconds  integer,
    wait_seconds  integer,
    caller_hash   text,
    recording_uri text,
    recorded_at   timestamptz not null
);

create index call_agent_answered on call (agent_id, answered_at, call_id);
create index call_enqueued on call (enqueued_at);

-- At most one sample per call, whatever the number of rules that picked it.
create table sample (
    sample_id     uuid primary key,
    call_id       text        not null unique references call (call_id),
    agent_id      text,
    team_id       text,
    queue_id      text,
    enqueued_at   timestamptz,
    answered_at   timestamptz,
    ended_at      timestamptz,
    talk_seconds  integer,
    wait_seconds  integer,
    recording_uri text,
    reasons       text        not null,
    mode          text        not null,
    priority      text        not null,
    selected_at   timestamptz not null,
    due_at        timestamptz not null
);

create index sample_agent on sample (agent_id, selected_at);
create index sample_team on sample (team_id, selected_at);
