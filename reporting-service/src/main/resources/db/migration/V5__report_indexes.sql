-- Indexes for the service-level, coverage, QA-operations and appraisal reports (aggregated in SQL over a year of
-- data for 1,000 agents).

-- service level of one queue: the day's call sums of that queue
create index call_day_queue on call_day (queue_id, day);

-- coverage of one team
create index sample_fact_team_day on sample_fact (team_id, day);

-- QA operations: appeals on given evaluations, and appeals decided in a month
create index appeal_fact_evaluation on appeal_fact (evaluation_id);
create index appeal_fact_decided on appeal_fact (decided_at);

-- appraisal: an agent's complaints in the quarter
create index complaint_fact_agent_day on complaint_fact (agent_id, day);
