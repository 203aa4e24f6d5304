-- The deduplication window of ingest: ids published recently, per kind (call, complaint).
-- version: the vendor's last-update time when it versions its records (Amazon Connect), else null.
create table accepted_record (
    kind        text        not null,
    id          text        not null,
    version     timestamptz,
    event_id    uuid        not null,
    accepted_at timestamptz not null,
    primary key (kind, id)
);
-- no index on accepted_at: the hourly prune scans the table once, while every claim would pay for the index

-- Asterisk queue_log lines of calls not yet complete at the end of an upload, kept for the next one.
create table asterisk_pending_line (
    call_id     text        not null,
    seq         bigserial   primary key,
    line        text        not null,
    received_at timestamptz not null
);
create index asterisk_pending_line_call on asterisk_pending_line (call_id);

-- The first queue stay of each Asterisk callid: a later stay of the same channel (overflow, transfer to another
-- queue) is published as <callid>:<epoch it entered its queue>, the same way on every upload.
create table asterisk_first_stay (
    call_id           text        primary key,
    first_enqueued_at timestamptz not null
);
