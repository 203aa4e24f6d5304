-- Coaching plans (帮扶计划): raised automatically from evaluations or by a lead, carried out, then verified by the
-- re-check (复检) evaluations the sampling service picks after CoachingCompleted.
create table coaching_plan (
    plan_id        uuid        primary key,
    agent_id       text        not null,
    team_id        text,
    trigger        text        not null,
    -- what raised an automatic plan (e.g. CRITICAL_FAILURE:<evaluationId>): each trigger raises at most one plan
    trigger_key    text        unique,
    evidence       text        not null default '[]',
    weak_items     text        not null,
    goal_kind      text        not null,
    recheck_count  integer     not null check (recheck_count > 0),
    goal_average   numeric(4, 1),
    due_at         timestamptz not null,
    tasks          text        not null default '[]',
    coach_id       text,
    coach_role     text        not null,
    state          text        not null,
    history        text        not null default '[]',
    rechecks       text        not null default '[]',
    escalated_from uuid,
    close_reason   text,
    created_at     timestamptz not null,
    created_by     text        not null,
    decided_at     timestamptz,
    lock_version   integer     not null default 0
);
create index coaching_plan_agent on coaching_plan (agent_id, created_at);
create index coaching_plan_team on coaching_plan (team_id, state);
create index coaching_plan_state on coaching_plan (state);

-- Team training topics: an item deducted for at least qa.feedback.training.team-share of a team's agents
-- evaluated in a month; raised once per team, month and item.
create table training_topic (
    topic_id     uuid          primary key,
    team_id      text          not null,
    month        text          not null,
    item_id      text          not null,
    share        numeric(5, 4) not null,
    agents       integer       not null,
    agents_total integer       not null,
    deductions   integer       not null,
    evidence     text          not null default '[]',
    raised_at    timestamptz   not null,
    unique (team_id, month, item_id)
);
