-- Shared by every service (service-kit): the transactional outbox and the idempotent-consumer inbox.

create table outbox (
    id          bigint generated always as identity primary key,
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

create index inbox_processed_at on inbox (processed_at);
