-- Read model of released evaluations for reports; month is the release month in the center's zone.
create table evaluation_fact (
    evaluation_id   uuid          not null,
    version         integer       not null,
    agent_id        text          not null,
    team_id         text,
    total_score     numeric(4, 1) not null,
    critical_failed boolean       not null,
    problem_found   boolean       not null,
    released_at     timestamptz   not null,
    month           char(7)       not null,
    primary key (evaluation_id, version)
);

create index evaluation_fact_agent_month on evaluation_fact (agent_id, month);
