-- Weekly QA bulletins (质检周报) as generated and kept: one per Monday-to-Sunday week (center zone). The scheduled run
-- inserts with "on conflict do nothing", so with several instances a week's bulletin is generated once; a
-- regeneration on request replaces the content and counts up the version.
create table bulletin (
    week_start          date        not null primary key check (extract(isodow from week_start) = 1),
    week                text        not null unique,  -- ISO label, e.g. 2026-W47
    first_generated_at  timestamptz not null,         -- when it was first published (the QA team's appraisal)
    generated_at        timestamptz not null,         -- the newest generation
    generated_by        text        not null,         -- 'schedule' or the id of whoever regenerated it
    version             integer     not null default 1, -- 1 + the number of regenerations
    content             jsonb       not null
);
