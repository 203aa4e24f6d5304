-- Excellent recordings (优秀录音), floor walks (巡检) and knowledge gaps.

-- What the sampling service told us about each sampled call: where its recording is, its queue and wrap-up code.
create table sample_ref (
    sample_id     uuid        primary key,
    call_id       text        not null,
    agent_id      text,
    team_id       text,
    queue_id      text,
    recording_uri text,
    wrap_up_code  text,
    selected_at   timestamptz not null
);

create index sample_ref_call on sample_ref (call_id);

-- A released evaluation proposed for the library: once per evaluation, PENDING until a QA lead decides.
create table nomination (
    nomination_id      uuid          primary key,
    evaluation_id      uuid          not null unique,
    evaluation_version integer       not null,
    sample_id          uuid,
    call_id            text          not null,
    agent_id           text,
    team_id            text,
    evaluator_id       text,
    total_score        numeric(4, 1) not null,
    items              text          not null,
    source             text          not null,
    status             text          not null,
    nominated_at       timestamptz   not null,
    decided_by         text,
    decided_at         timestamptz,
    decision_note      text,
    lock_version       integer       not null default 0
);

create index nomination_status on nomination (status, nominated_at);

-- The excellent-recording library: one entry per approved nomination.
create table library_entry (
    recording_id       uuid          primary key,
    nomination_id      uuid          not null unique references nomination (nomination_id),
    evaluation_id      uuid          not null,
    evaluation_version integer       not null,
    call_id            text          not null,
    agent_id           text,
    team_id            text,
    items              text          not null,
    wrap_up_code       text,
    queue_id           text,
    recording_uri      text,
    total_score        numeric(4, 1) not null,
    note               text,
    bonus_points       integer       not null,
    approved_by        text          not null,
    approved_at        timestamptz   not null
);

create index library_entry_agent on library_entry (agent_id, approved_at desc);
create index library_entry_approved on library_entry (approved_at desc);

-- A floor walk (巡检) record: an issue met on the floor, the answer given on the spot, the comment.
create table floor_walk (
    floor_walk_id uuid        primary key,
    agent_id      text        not null,
    team_id       text        not null,
    walked_at     timestamptz not null,
    issue         text        not null,
    answer_given  text,
    comment       text,
    knowledge_gap boolean     not null,
    topic         text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);

create index floor_walk_agent on floor_walk (agent_id, walked_at desc);
create index floor_walk_team on floor_walk (team_id, walked_at desc);

-- A gap in the knowledge base, from a floor walk or from an evaluation item deducted for a knowledge-base reason.
create table knowledge_gap (
    gap_id             uuid        primary key,
    source             text        not null,
    floor_walk_id      uuid        unique references floor_walk (floor_walk_id),
    evaluation_id      uuid,
    evaluation_version integer,
    call_id            text,
    item_id            text,
    agent_id           text,
    team_id            text,
    occurred_at        timestamptz not null,
    topic              text,
    question           text,
    answer_given       text,
    comment            text,
    quote              text,
    status             text        not null,
    resolved_by        text,
    resolved_at        timestamptz,
    resolution_note    text,
    unique (evaluation_id, item_id)
);

create index knowledge_gap_status on knowledge_gap (status, occurred_at desc);
create index knowledge_gap_occurred on knowledge_gap (occurred_at desc);
