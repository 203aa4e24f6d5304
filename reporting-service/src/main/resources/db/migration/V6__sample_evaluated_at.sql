-- Coverage reads sample_fact alone: evaluated_at is the first release time of an evaluation of the sample (any
-- version), null while none is released. Kept by both projections whatever the arrival order: the evaluations
-- projection lowers it to a stored version's released_at, the samples projection sets it when inserting a sample
-- whose evaluation came first.
alter table sample_fact add column evaluated_at timestamptz;

update sample_fact s set evaluated_at = e.first_release
from (select sample_id, min(released_at) as first_release
      from evaluation_fact where sample_id is not null group by sample_id) e
where s.sample_id = e.sample_id;

-- a sample's first release (the samples projection's lookup), all versions
create index evaluation_fact_sample_released on evaluation_fact (sample_id, released_at) where sample_id is not null;

-- coverage of the center and of one team: index-only scans over the period's days
drop index sample_fact_day;
create index sample_fact_day on sample_fact (day) include (mode, rules, due_at, evaluated_at);
drop index sample_fact_team_day;
create index sample_fact_team_day on sample_fact (team_id, day) include (mode, rules, due_at, evaluated_at);
