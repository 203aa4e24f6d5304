-- The call's wrap-up code (建单项, CallRecorded.wrapUpCode), kept where the recording is, so a sample's call summary
-- carries it. Nullable and without a default: adding the columns rewrites no rows.
alter table call add column wrap_up_code text;
alter table sample add column wrap_up_code text;

-- RECHECK (复检): a completed coaching plan's re-check, opened once per plan by CoachingCompleted. remaining: how
-- many of its calls (the agent's answered calls from completed_at on, earliest first) are still to be picked; each
-- pick lowers it, so an open re-check is one with remaining > 0. The call pipeline reads the open ones once per
-- batch through the partial index, which stays as small as the re-checks in progress.
create table recheck (
    plan_id      uuid        primary key,
    agent_id     text        not null,
    team_id      text,
    calls        integer     not null check (calls > 0),
    remaining    integer     not null check (remaining >= 0),
    completed_at timestamptz not null,
    opened_at    timestamptz not null
);
create index recheck_open on recheck (agent_id) where remaining > 0;
