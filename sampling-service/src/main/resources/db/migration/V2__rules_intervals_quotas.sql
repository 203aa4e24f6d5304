-- The interval (时段) each call was offered in, from qa.sla.interval-minutes at indexing time.
alter table call add column interval_start timestamptz;
alter table call add column interval_end timestamptz;
create index call_interval on call (interval_start) where direction = 'INBOUND';
create index call_caller on call (caller_hash, enqueued_at) where direction = 'INBOUND';

-- The roster as last heard (qa.roster.v1): team for calls without one, hire date for NEW_HIRE.
create table agent (
    agent_id   text primary key,
    name       text,
    team_id    text,
    hire_date  date,
    active     boolean     not null,
    updated_at timestamptz not null
);

-- Complaints (qa.complaints.v1); picked = the call has arrived and was sampled.
create table complaint (
    complaint_id text primary key,
    call_id      text        not null,
    agent_id     text,
    received_at  timestamptz not null,
    category     text,
    severity     text        not null
);
create index complaint_call on complaint (call_id);

-- Released evaluations (qa.evaluations.v1), the latest version of each: quota scores and NEIGHBOUR chains.
create table evaluation (
    evaluation_id uuid primary key,
    version       integer     not null,
    sample_id     uuid,
    call_id       text        not null,
    agent_id      text,
    total_score   numeric     not null,
    problem_found boolean     not null,
    released_at   timestamptz not null
);
create index evaluation_agent on evaluation (agent_id, released_at);

-- Every reason of every sample, with its evidence: caps per agent and day, quota picks, the API's explanation.
create table sample_reason (
    call_id   text        not null references sample (call_id),
    rule      text        not null,
    agent_id  text,
    call_day  date        not null,
    detail    text        not null,
    evidence  jsonb       not null,
    added_at  timestamptz not null,
    primary key (call_id, rule)
);
create index sample_reason_agent on sample_reason (agent_id, rule, call_day);

-- NEIGHBOUR picks waiting for the "after" call of an origin to arrive.
create table neighbour_wait (
    origin_call_id   text        not null,
    agent_id         text        not null,
    anchor_answered  timestamptz not null,
    anchor_call_id   text        not null,
    depth            integer     not null,
    evaluation_id    uuid        not null,
    created_at       timestamptz not null,
    primary key (origin_call_id, depth)
);
create index neighbour_wait_agent on neighbour_wait (agent_id);

-- Interval figures per scope (CENTER, or a queue id), recomputed from the call index.
create table service_interval (
    scope_key       text        not null,
    queue_id        text,
    start_at        timestamptz not null,
    end_at          timestamptz not null,
    length_minutes  integer     not null,
    offered         integer     not null,
    answered_within integer     not null,
    abandoned       integer     not null,
    verdict         text,
    closed_at       timestamptz,
    primary key (scope_key, start_at)
);
create index service_interval_open on service_interval (end_at) where closed_at is null;

-- The event-time watermark, shared by every instance; days_from: the first local day the daily jobs look at.
create table watermark (
    name            text primary key,
    max_ended_at    timestamptz,
    last_arrival_at timestamptz,
    value           timestamptz,
    days_from       date,
    first_arrival_at timestamptz
);
insert into watermark (name) values ('calls');

-- Event time per partition of qa.calls.v1: the watermark follows the slowest partition that is not idle, so
-- that a replay read faster from one partition than another still closes nothing early.
create table partition_mark (
    part            integer primary key,
    max_ended_at    timestamptz not null,
    last_arrival_at timestamptz not null
);

-- Local days whose daily jobs (RANDOM_POSTHOC, month-end top-up) have run: each runs once.
create table completed_day (
    day          date primary key,
    completed_at timestamptz not null
);

-- Each agent's RANDOM quota for a month, fixed at the agent's first call of the month, and its progress.
create table agent_month (
    agent_id        text    not null,
    month           text    not null,
    volume          bigint  not null,
    base            bigint  not null,
    average_score   numeric,
    evaluations     integer not null,
    multiplier      numeric not null,
    exempt          boolean not null,
    quota           integer not null,
    realtime_target integer not null,
    posthoc_target  integer not null,
    calls_so_far    bigint  not null default 0,
    realtime_picks  integer not null default 0,
    posthoc_picks   integer not null default 0,
    primary key (agent_id, month)
);
