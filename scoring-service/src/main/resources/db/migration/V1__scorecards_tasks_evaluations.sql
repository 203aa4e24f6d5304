-- Every version of every scorecard; an evaluation names the version it was scored on.
create table scorecard_version (
    scorecard_id text        not null,
    version      integer     not null,
    definition   text        not null,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    primary key (scorecard_id, version)
);

-- One task per sample: the work queue.
create table task (
    task_id       uuid primary key,
    sample_id     uuid        not null unique,
    call_id       text        not null,
    agent_id      text,
    team_id       text,
    queue_id      text,
    answered_at   timestamptz,
    talk_seconds  integer,
    recording_uri text,
    reasons       text        not null,
    mode          text        not null,
    priority      text        not null,
    priority_rank integer     not null,
    due_at        timestamptz not null,
    status        text        not null,
    created_at    timestamptz not null
);

create index task_open on task (status, priority_rank, due_at);

create table evaluation (
    evaluation_id      uuid primary key,
    version            integer       not null,
    task_id            uuid          not null unique references task (task_id),
    sample_id          uuid          not null,
    call_id            text          not null,
    agent_id           text,
    team_id            text,
    evaluator_id       text          not null,
    scorecard_id       text          not null,
    scorecard_version  integer       not null,
    total_score        numeric(4, 1) not null,
    critical_failed    boolean       not null,
    problem_found      boolean       not null,
    send_to_qa         boolean       not null,
    nominate_excellent boolean       not null,
    service_problem    boolean       not null,
    comment            text,
    items              text          not null,
    status             text          not null,
    released_at        timestamptz,
    created_at         timestamptz   not null,
    foreign key (scorecard_id, scorecard_version) references scorecard_version (scorecard_id, version)
);

create index evaluation_agent on evaluation (agent_id, released_at);
