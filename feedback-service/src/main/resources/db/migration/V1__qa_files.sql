-- The personal QA file (个人质检档案): every released evaluation of an agent, archived by team and person.
create table qa_file_entry (
    evaluation_id     uuid          not null,
    version           integer       not null,
    agent_id          text          not null,
    team_id           text,
    call_id           text          not null,
    sample_id         uuid,
    evaluator_id      text,
    scorecard_id      text          not null,
    scorecard_version integer       not null,
    total_score       numeric(4, 1) not null,
    critical_failed   boolean       not null,
    problem_found     boolean       not null,
    comment           text,
    items             text          not null,
    released_at       timestamptz   not null,
    primary key (evaluation_id, version)
);

create index qa_file_agent on qa_file_entry (agent_id, released_at desc);
create index qa_file_team on qa_file_entry (team_id, agent_id);
