-- No query reads calls by enqueued_at alone (repeat callers go through call_caller, intervals through
-- call_interval); the index only cost every insert into call a seventh B-tree descent.
drop index if exists call_enqueued;
