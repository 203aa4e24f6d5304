-- Shared by every service (service-kit): the transactional outbox and the idempotent-consumer inbox.

-- tx: the writing transaction. The relay publishes only rows of transactions older than every transaction
-- still running (pg_snapshot_xmin), in (tx, id) order, so a row is never published before an earlier-started
-- transaction's rows that were not yet visible.
create table outbox (
    id          bigint generated always as identity primary key,
    tx          xid8        not null default pg_current_xact_id(),
    event_id    uuid        not null unique,
    event_type  text        not null,
    topic       text        not null,
    message_key text,
    payload     text        not null,
    created_at  timestamptz not null default now()
);

create table inbox (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create index outbox_order on outbox (tx, id);

create index inbox_processed_at on inbox (processed_at);
