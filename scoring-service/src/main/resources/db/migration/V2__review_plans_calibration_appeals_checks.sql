-- Evaluations now move DRAFT -> SUBMITTED -> IN_REVIEW (level k) -> RELEASED, and a released one may be revised.
alter table evaluation
    add column lock_version  integer not null default 0,
    add column review_levels text    not null default '[]',
    add column review_level  integer not null default 0,
    add column submitted_at  timestamptz,
    add column reasons       text    not null default '[]',
    add column updated_at    timestamptz;
alter table evaluation alter column total_score drop not null;
create index evaluation_review on evaluation (status, review_level);

-- Every released version, as it was released: history never shifts.
create table evaluation_release (
    evaluation_id uuid        not null references evaluation (evaluation_id),
    version       integer     not null,
    snapshot      text        not null,
    cause         text        not null,
    released_at   timestamptz not null,
    primary key (evaluation_id, version)
);

-- Every transition of an evaluation: who, when, from which state to which, what changed.
create table evaluation_audit (
    audit_id      bigint generated always as identity primary key,
    evaluation_id uuid        not null references evaluation (evaluation_id),
    at            timestamptz not null,
    actor         text        not null,
    action        text        not null,
    from_status   text,
    to_status     text        not null,
    level         integer     not null,
    version       integer     not null,
    comment       text,
    changes       text        not null
);
create index evaluation_audit_evaluation on evaluation_audit (evaluation_id, audit_id);

-- Work queues: who a task is assigned to.
alter table task
    add column assignee    text,
    add column assigned_at timestamptz,
    add column done_at     timestamptz,
    add column done_by     text;
create index task_assignee on task (assignee, status);

-- The monthly QA plan (质检计划): each person's target of evaluations.
create table qa_plan (
    month      text        not null,
    person_id  text        not null,
    target     integer     not null check (target > 0),
    updated_at timestamptz not null,
    updated_by text        not null,
    primary key (month, person_id)
);

-- Automatic transcript checks: one row per checked call, then its findings and the evaluator's decisions.
create table transcript_check (
    call_id    text primary key,
    checked_at timestamptz not null,
    findings   integer     not null
);
create index transcript_check_checked_at on transcript_check (checked_at);
create table transcript_finding (
    finding_id uuid primary key,
    call_id    text        not null,
    seq        integer     not null,
    check_name text        not null,
    rule       text        not null,
    line       integer     not null,
    offset_ms  bigint      not null,
    quote      text        not null,
    item_id    text        not null,
    reason     text        not null,
    deduction  integer     not null,
    decision   text,
    decided_by text,
    decided_at timestamptz,
    unique (call_id, seq)
);

-- Calibration (校准): a session on one call and scorecard version, scored blind until it closes.
create table calibration (
    calibration_id    uuid primary key,
    call_id           text        not null,
    scorecard_id      text        not null,
    scorecard_version integer     not null,
    reference_scorer  text        not null,
    evaluators        text        not null,
    status            text        not null,
    opened_by         text        not null,
    opened_at         timestamptz not null,
    closed_at         timestamptz,
    reference_total   numeric(4, 1),
    lock_version      integer     not null default 0,
    foreign key (scorecard_id, scorecard_version) references scorecard_version (scorecard_id, version)
);
create table calibration_score (
    calibration_id uuid          not null references calibration (calibration_id),
    scorer_id      text          not null,
    items          text          not null,
    total          numeric(4, 1) not null,
    scored_at      timestamptz   not null,
    deviation      numeric(4, 1),
    agreement      numeric(4, 3),
    flagged        boolean,
    primary key (calibration_id, scorer_id)
);
create index calibration_score_scorer on calibration_score (scorer_id, scored_at);

-- Appeal cases (申诉) from AppealFiled: OPEN, UNDER_REVIEW once a QA lead takes one, then UPHELD or REJECTED by a
-- QA lead who did not score the evaluation.
create table appeal (
    appeal_id          uuid primary key,
    evaluation_id      uuid        not null,
    evaluation_version integer     not null,
    agent_id           text,
    team_id            text,
    disputed_items     text        not null,
    reason             text        not null,
    filed_at           timestamptz not null,
    status             text        not null,
    reviewer_id        text,
    decided_by         text,
    decided_at         timestamptz,
    decision_reason    text,
    revised_version    integer,
    lock_version       integer     not null default 0
);
create index appeal_status on appeal (status, filed_at);
