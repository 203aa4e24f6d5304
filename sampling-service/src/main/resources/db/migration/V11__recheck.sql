-- The call's wrap-up code (建单项, CallRecorded.wrapUpCode), kept where the recording is, so a sample's call summary
-- carries it. Nullable and without a default: adding the columns rewrites no rows.
alter table call add column wrap_up_code text;
alter table sample add column wrap_up_code text;
