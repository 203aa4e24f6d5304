-- What an interval's calls that ended at or after its end plus the allowed lateness add to its figures: calls a
-- live stream delivers only after the interval has closed, which a replay running ahead may index before. An
-- interval closes with its figures less these (the figures of the calls every ordering has delivered by then),
-- kept as calls arrive instead of counted from the call index at closing. (An interval open during the upgrade
-- closes with all of its calls indexed by then, as before.)
alter table service_interval
    add column ahead_offered         integer not null default 0,
    add column ahead_answered_within integer not null default 0,
    add column ahead_abandoned       integer not null default 0;

