-- Real-time alerts: raised once per dedupe key, acknowledged by a lead, streamed (the id is the SSE event id) and
-- queued for each configured webhook in the transaction that raised them.
create table alert (
    id              bigserial   primary key,
    kind            text        not null,
    agent_id        text,
    team_id         text,
    subject_id      text        not null,
    message         text        not null,
    details         text        not null,
    dedupe_key      text        not null unique,
    raised_at       timestamptz not null,
    acknowledged_by text,
    acknowledged_at timestamptz
);

create index alert_team on alert (team_id, id);
create index alert_unacknowledged on alert (kind) where acknowledged_at is null;

-- One row per alert and webhook target: the delivery log and the dispatcher's queue.
create table webhook_delivery (
    id               bigserial   primary key,
    alert_id         bigint      not null references alert (id),
    target           text        not null,
    status           text        not null,
    attempts         integer     not null,
    next_attempt_at  timestamptz not null,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    delivered_at     timestamptz,
    unique (alert_id, target)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';

-- The roster's latest view of each agent (qa.roster.v1): whose team an alert about the agent goes to.
create table agent_roster (
    agent_id      text        primary key,
    name          text,
    team_id       text,
    supervisor_id text,
    active        boolean     not null,
    updated_at    timestamptz not null
);

create index agent_roster_team on agent_roster (team_id);
