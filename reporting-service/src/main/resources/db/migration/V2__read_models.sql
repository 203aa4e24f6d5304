-- Read models for the reports, built only from events (POST /api/v1/admin/rebuild replays them into fresh copies).
-- Every "day" is a local date in the center's zone (qa.center.zone); weeks, months and quarters are day ranges.
-- Rows are stored per natural key, so that the order events arrive in across topics does not change the result.

-- qa.calls.v1: one row per center day (the day the call entered the queue, else the day it ended), agent, team and
-- queue ('' when the record has none), with the day's sums. Counted once per event (inbox).
create table call_day (
    day              date    not null,
    agent_id         text    not null,
    team_id          text    not null,
    queue_id         text    not null,
    calls            integer not null default 0, -- every record, inbound or outbound
    offered          integer not null default 0, -- inbound calls that entered a queue
    answered         integer not null default 0,
    abandoned        integer not null default 0,
    answered_within  integer not null default 0, -- answered inbound calls that waited no more than the threshold
    handle_seconds   bigint  not null default 0, -- talk + hold of answered calls
    wait_seconds     bigint  not null default 0, -- queue wait of answered inbound calls (answer speed)
    csat_sum         integer not null default 0,
    csat_count       integer not null default 0,
    repeated         integer not null default 0, -- answered inbound calls the same caller called back about within the window
    primary key (day, agent_id, team_id, queue_id)
);

create index call_day_agent on call_day (agent_id, day);
create index call_day_team on call_day (team_id, day);

-- Recent calls (every call, with the keyed hash of its caller, never the number), to find repeat calls in either
-- arrival order; pruned to qa.reporting.calls.caller-retention behind the newest call seen.
create table caller_call (
    call_id     text        not null primary key,
    caller_hash text,
    agent_id    text        not null,
    team_id     text        not null,
    queue_id    text        not null,
    day         date        not null,
    started_at  timestamptz not null, -- entered the queue, else answered, else ended
    ended_at    timestamptz not null,
    inbound     boolean     not null,
    answered    boolean     not null,
    talk_seconds integer,
    repeated    boolean     not null default false
);

create index caller_call_caller on caller_call (caller_hash, started_at);
create index caller_call_ended on caller_call (ended_at);

-- qa.intervals.v1: the newest figures of each interval (IntervalUpdated replaces IntervalClosed by watermark).
create table interval_fact (
    scope           text         not null, -- CENTER | QUEUE
    queue_id        text         not null, -- '' for CENTER
    start_at        timestamptz  not null,
    end_at          timestamptz  not null,
    length_minutes  integer      not null,
    day             date         not null,
    offered         integer      not null,
    answered_within integer      not null,
    abandoned       integer      not null,
    service_level   numeric(7, 4),
    target          numeric(7, 4),
    verdict         text         not null, -- MET | MISSED | NONE
    watermark       timestamptz  not null,
    primary key (scope, queue_id, length_minutes, start_at)
);

create index interval_fact_day on interval_fact (day);

-- qa.samples.v1: one row per sample with the rules that picked it (SampleUpdated adds rules).
create table sample_fact (
    sample_id     uuid        not null primary key,
    call_id       text        not null,
    agent_id      text,
    team_id       text,
    queue_id      text,
    mode          text        not null, -- REALTIME | POSTHOC
    priority      text        not null,
    rules         text[]      not null,
    reasons       jsonb       not null, -- [{rule, detail}]
    selected_at   timestamptz not null,
    due_at        timestamptz,
    day           date        not null,
    talk_seconds  integer,
    wrap_up_code  text
);

create index sample_fact_day on sample_fact (day);
create index sample_fact_call on sample_fact (call_id);

-- qa.evaluations.v1: evaluation_fact (V1) gains what the reports need. Revisions are recorded as further versions;
-- only the newest version of an evaluation is "latest". The period of every version is its first release's day.
alter table evaluation_fact
    add column sample_id         uuid,
    add column call_id           text,
    add column evaluator_id      text,
    add column scorecard_id      text,
    add column scorecard_version integer,
    add column comment           text,
    add column nominated         boolean not null default false,
    add column day               date,
    add column latest            boolean not null default true;

update evaluation_fact set day = (released_at at time zone 'Asia/Shanghai')::date where day is null;
alter table evaluation_fact alter column day set not null;

create index evaluation_fact_day on evaluation_fact (day) where latest;
create index evaluation_fact_team_day on evaluation_fact (team_id, day) where latest;
create index evaluation_fact_agent_day on evaluation_fact (agent_id, day) where latest;
create index evaluation_fact_call on evaluation_fact (call_id) where latest;
create index evaluation_fact_sample on evaluation_fact (sample_id) where latest;
create index evaluation_fact_evaluator_day on evaluation_fact (evaluator_id, day) where latest;

-- The items an evaluation lost points on or failed (a red line), with the evaluation's agent, team, day and latest
-- flag copied so that Pareto and heat maps read this table alone.
create table evaluation_item_fact (
    evaluation_id    uuid    not null,
    version          integer not null,
    item_id          text    not null,
    section_id       text,
    kind             text,
    max_points       integer not null,
    awarded          integer,
    points_lost      integer not null,
    failed           boolean not null,
    reason           text,
    comment          text,
    quote_offset_ms  bigint,
    quote_text       text,
    item_zh          text,
    item_en          text,
    section_zh       text,
    section_en       text,
    reason_zh        text,
    reason_en        text,
    agent_id         text    not null,
    team_id          text,
    day              date    not null,
    latest           boolean not null default true,
    primary key (evaluation_id, version, item_id)
);

create index evaluation_item_fact_day on evaluation_item_fact (day) where latest;
create index evaluation_item_fact_team_day on evaluation_item_fact (team_id, day) where latest;
create index evaluation_item_fact_agent_day on evaluation_item_fact (agent_id, day) where latest;

-- AppealFiled (qa.feedback.v1), AppealUnderReview and AppealDecided (qa.evaluations.v1), merged by appeal id.
create table appeal_fact (
    appeal_id          uuid        not null primary key,
    evaluation_id      uuid        not null,
    evaluation_version integer,
    agent_id           text,
    team_id            text,
    filed_at           timestamptz,
    under_review_at    timestamptz,
    decided_at         timestamptz,
    decision           text, -- UPHELD | REJECTED
    decided_by         text,
    day                date -- the day it was filed (else decided)
);

create index appeal_fact_day on appeal_fact (day);

-- CalibrationCompleted: one row per evaluator and session.
create table calibration_fact (
    calibration_id     uuid          not null,
    evaluator_id       text          not null,
    call_id            text,
    closed_at          timestamptz   not null,
    reference_total    numeric(5, 1),
    allowed_deviation  numeric(5, 1),
    total              numeric(5, 1),
    deviation          numeric(5, 1),
    agreement          numeric(5, 4),
    flagged            boolean       not null,
    primary key (calibration_id, evaluator_id)
);

create index calibration_fact_evaluator on calibration_fact (evaluator_id, closed_at desc);

-- QaPlanSet: each month's plan (质检计划) as last set; the targets per person.
create table qa_plan_fact (
    month     char(7)     not null primary key,
    set_at    timestamptz not null,
    set_by    text
);

create table qa_plan_target_fact (
    month     char(7) not null,
    person_id text    not null,
    target    integer not null,
    primary key (month, person_id)
);

-- CoachingCompleted and ExcellentRecordingApproved (qa.feedback.v1).
create table coaching_fact (
    plan_id       uuid        not null primary key,
    agent_id      text        not null,
    team_id       text,
    weak_items    text[]      not null,
    goal_kind     text,
    completed_by  text,
    completed_at  timestamptz not null,
    day           date        not null
);

create table excellent_recording_fact (
    recording_id       uuid          not null primary key,
    evaluation_id      uuid          not null,
    evaluation_version integer,
    call_id            text,
    agent_id           text          not null,
    team_id            text,
    items              text[]        not null,
    queue_id           text,
    wrap_up_code       text,
    recording_uri      text,
    total_score        numeric(4, 1),
    bonus_points       integer,
    approved_by        text,
    approved_at        timestamptz   not null,
    day                date          not null
);

create index excellent_recording_fact_day on excellent_recording_fact (day);

-- qa.complaints.v1: complaint tickets (投诉工单); talk_seconds from the call when reporting knows it.
create table complaint_fact (
    complaint_id  text        not null primary key,
    call_id       text        not null,
    agent_id      text,
    received_at   timestamptz not null,
    day           date        not null,
    category      text,
    severity      text        not null, -- NORMAL | GROUP_LEVEL
    summary       text
);

create index complaint_fact_day on complaint_fact (day);
create index complaint_fact_call on complaint_fact (call_id);

-- qa.roster.v1: each agent's newest roster entry (names for the complaint summary and bulletins).
create table agent_fact (
    agent_id      text        not null primary key,
    name          text,
    team_id       text,
    supervisor_id text,
    hire_date     date,
    active        boolean     not null,
    updated_at    timestamptz not null
);
