-- Rebuilds of the read models (POST /api/v1/admin/rebuild): one at a time; a run whose instance stopped beating
-- is taken as failed by the next request.
create table rebuild_run (
    id            uuid        not null primary key,
    requested_by  text        not null,
    requested_at  timestamptz not null,
    finished_at   timestamptz,
    heartbeat_at  timestamptz not null,
    status        text        not null, -- RUNNING | DONE | FAILED
    events        bigint      not null default 0,
    skipped       bigint      not null default 0,
    error         text
);

create unique index rebuild_run_one_running on rebuild_run ((true)) where status = 'RUNNING';
