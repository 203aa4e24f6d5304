-- Revisions keep their history in the file: each version is a row, the newest counts.
alter table qa_file_entry add column cause text;
alter table qa_file_entry add column previous_version integer;
alter table qa_file_entry add column appeal_id uuid;
alter table qa_file_entry add column revision_reason text;
alter table qa_file_entry add column revised_by text;

-- The feedback item (反馈) each released evaluation becomes for its agent: one per evaluation, following its
-- newest version; acknowledged by the agent or appealed.
create table feedback_item (
    id                  uuid        primary key,
    evaluation_id       uuid        not null unique,
    evaluation_version  integer     not null,
    agent_id            text        not null,
    team_id             text,
    call_id             text        not null,
    released_at         timestamptz not null,
    first_released_at   timestamptz not null,
    acknowledged_at     timestamptz,
    acknowledged_by     text,
    lock_version        integer     not null default 0
);

create index feedback_item_agent on feedback_item (agent_id, released_at desc);
create index feedback_item_team on feedback_item (team_id, released_at desc);
create index feedback_item_unacknowledged on feedback_item (released_at) where acknowledged_at is null;

-- Appeals (申诉) filed by agents: FILED → UNDER_REVIEW → UPHELD | REJECTED, as the scoring service decides.
create table appeal (
    id                  uuid        primary key,
    feedback_id         uuid        not null references feedback_item (id),
    evaluation_id       uuid        not null,
    evaluation_version  integer     not null,
    agent_id            text        not null,
    team_id             text,
    disputed_items      text        not null,
    reason              text        not null,
    state               text        not null,
    filed_at            timestamptz not null,
    reviewer_id         text,
    review_started_at   timestamptz,
    decision_reason     text,
    decided_by          text,
    decided_at          timestamptz,
    revised_version     integer
);

create index appeal_evaluation on appeal (evaluation_id);
create index appeal_agent on appeal (agent_id, filed_at desc);
-- at most one open appeal per evaluation, whatever races the REST layer loses
create unique index appeal_one_open on appeal (evaluation_id) where state in ('FILED', 'UNDER_REVIEW');
create index appeal_open_filed on appeal (filed_at) where state in ('FILED', 'UNDER_REVIEW');
