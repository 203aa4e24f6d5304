-- Aggregates the reports read instead of the fact rows when a period spans the whole center (issue 7's p95 target:
-- a quarter of a 1,000-agent center is ≈ 250,000 evaluations and 550,000 deducted items, too many to sum per request).
--
-- The per-day aggregates are a function of the facts: the projections recompute every day their batch touched
-- (refresh_evaluation_days, refresh_sample_days, below) in the same transaction as the facts, under an advisory lock
-- per aggregate so that concurrent batches do not overwrite each other's days with older snapshots. A revision, an
-- evaluation arriving before its sample, or any arrival order gives the same rows. call_month only adds, as call_day
-- does, in the calls projection's statements.
--
-- No team is stored as '' (as in call_day) so that it can be part of the key.

-- latest evaluation versions per center day (the first release's), team and agent
create table evaluation_day (
    day               date    not null,
    team_id           text    not null,
    agent_id          text    not null,
    evaluations       integer not null,
    score_sum         numeric not null,
    score_squares     numeric not null,
    score_min         numeric not null,
    critical_failures integer not null,
    primary key (day, team_id, agent_id)
);
create index evaluation_day_team on evaluation_day (team_id, day);
create index evaluation_day_agent on evaluation_day (agent_id, day);

-- evaluation_day summed per month (its first day): a quarter of the center is 3,000 rows (appraisal, heat maps)
create table evaluation_month (
    month             date    not null,
    team_id           text    not null,
    agent_id          text    not null,
    evaluations       integer not null,
    score_sum         numeric not null,
    score_squares     numeric not null,
    score_min         numeric not null,
    critical_failures integer not null,
    primary key (month, team_id, agent_id)
);

-- latest evaluation versions per center day and evaluator ('' when none), and the appeals against them (QA operations)
create table evaluator_day (
    day          date    not null,
    evaluator_id text    not null,
    evaluations  integer not null,
    appeals      integer not null,
    primary key (day, evaluator_id)
);

-- points lost per center day, team and item by the latest versions (Pareto, heat maps)
create table item_loss_day (
    day         date    not null,
    team_id     text    not null,
    item_id     text    not null,
    item_zh     text,
    item_en     text,
    points_lost bigint  not null,
    deductions  integer not null,
    primary key (day, team_id, item_id)
);
create index item_loss_day_team on item_loss_day (team_id, day);

-- item_loss_day summed per month (its first day)
create table item_loss_month (
    month       date    not null,
    team_id     text    not null,
    item_id     text    not null,
    item_zh     text,
    item_en     text,
    points_lost bigint  not null,
    deductions  integer not null,
    primary key (month, team_id, item_id)
);

-- samples per selection day, team, mode and rule set (coverage). pending: not evaluated and with a due time;
-- pending_due_max: the latest of those due times, so a group is wholly overdue once it has passed.
create table sample_day (
    day             date    not null,
    team_id         text    not null,
    mode            text    not null,
    rules           text[]  not null,
    sampled         integer not null,
    evaluated       integer not null,
    pending         integer not null,
    pending_due_max timestamptz,
    primary key (day, team_id, mode, rules)
);
create index sample_day_team on sample_day (team_id, day);

-- sample_day of all teams together (the center's coverage)
create table sample_center_day (
    day             date    not null,
    mode            text    not null,
    rules           text[]  not null,
    sampled         integer not null,
    evaluated       integer not null,
    pending         integer not null,
    pending_due_max timestamptz,
    primary key (day, mode, rules)
);

-- call_day summed per month (its first day), agent and team (the quarterly appraisal)
create table call_month (
    month           date    not null,
    agent_id        text    not null,
    team_id         text    not null,
    calls           integer not null default 0,
    offered         integer not null default 0,
    answered        integer not null default 0,
    abandoned       integer not null default 0,
    answered_within integer not null default 0,
    handle_seconds  bigint  not null default 0,
    wait_seconds    bigint  not null default 0,
    csat_sum        integer not null default 0,
    csat_count      integer not null default 0,
    repeated        integer not null default 0,
    primary key (month, agent_id, team_id)
);

-- The refresh functions name their tables unqualified, so that a rebuild (search_path = its own schema) refreshes
-- its copies; callers name the functions with their schema.
-- The months of the days, then of each: every day's rows. The month tables are recomputed from the day tables.
create function refresh_evaluation_days(days date[]) returns void language sql as $$
    delete from evaluation_day where day = any(days);
    delete from evaluator_day where day = any(days);
    delete from item_loss_day where day = any(days);
    delete from evaluation_month where month in (select cast(date_trunc('month', d) as date) from unnest(days) d);
    delete from item_loss_month where month in (select cast(date_trunc('month', d) as date) from unnest(days) d);
    insert into evaluation_day (day, team_id, agent_id, evaluations, score_sum, score_squares, score_min,
                                critical_failures)
    select day, coalesce(team_id, ''), agent_id, count(*), sum(total_score), sum(total_score * total_score),
           min(total_score), count(*) filter (where critical_failed)
    from evaluation_fact
    where latest and day = any(days)
    group by day, coalesce(team_id, ''), agent_id;
    insert into evaluator_day (day, evaluator_id, evaluations, appeals)
    select e.day, coalesce(e.evaluator_id, ''), count(distinct e.evaluation_id), count(a.appeal_id)
    from evaluation_fact e left join appeal_fact a on a.evaluation_id = e.evaluation_id
    where e.latest and e.day = any(days)
    group by e.day, coalesce(e.evaluator_id, '');
    insert into item_loss_day (day, team_id, item_id, item_zh, item_en, points_lost, deductions)
    select day, coalesce(team_id, ''), item_id, max(item_zh), max(item_en), sum(points_lost), count(*)
    from evaluation_item_fact
    where latest and day = any(days) and points_lost > 0
    group by day, coalesce(team_id, ''), item_id;
    insert into evaluation_month (month, team_id, agent_id, evaluations, score_sum, score_squares, score_min,
                                  critical_failures)
    select m.month, d.team_id, d.agent_id, sum(d.evaluations), sum(d.score_sum), sum(d.score_squares),
           min(d.score_min), sum(d.critical_failures)
    from (select distinct cast(date_trunc('month', x) as date) as month from unnest(days) x) m
    join evaluation_day d on d.day >= m.month and d.day < m.month + interval '1 month'
    group by m.month, d.team_id, d.agent_id;
    insert into item_loss_month (month, team_id, item_id, item_zh, item_en, points_lost, deductions)
    select m.month, d.team_id, d.item_id, max(d.item_zh), max(d.item_en), sum(d.points_lost), sum(d.deductions)
    from (select distinct cast(date_trunc('month', x) as date) as month from unnest(days) x) m
    join item_loss_day d on d.day >= m.month and d.day < m.month + interval '1 month'
    group by m.month, d.team_id, d.item_id;
$$;

create function refresh_sample_days(days date[]) returns void language sql as $$
    delete from sample_day where day = any(days);
    insert into sample_day (day, team_id, mode, rules, sampled, evaluated, pending, pending_due_max)
    select day, coalesce(team_id, ''), mode, rules, count(*), count(*) filter (where evaluated_at is not null),
           count(*) filter (where evaluated_at is null and due_at is not null),
           max(due_at) filter (where evaluated_at is null)
    from sample_fact
    where day = any(days)
    group by day, coalesce(team_id, ''), mode, rules;
    delete from sample_center_day where day = any(days);
    insert into sample_center_day (day, mode, rules, sampled, evaluated, pending, pending_due_max)
    select day, mode, rules, sum(sampled), sum(evaluated), sum(pending), max(pending_due_max)
    from sample_day
    where day = any(days)
    group by day, mode, rules;
$$;

-- call_month from call_day for whole months (filling it here and after a bulk load); the projection adds instead
create function refresh_call_months(months date[]) returns void language sql as $$
    delete from call_month where month = any(months);
    insert into call_month (month, agent_id, team_id, calls, offered, answered, abandoned, answered_within,
                            handle_seconds, wait_seconds, csat_sum, csat_count, repeated)
    select cast(date_trunc('month', day) as date), agent_id, team_id, sum(calls), sum(offered), sum(answered),
           sum(abandoned), sum(answered_within), sum(handle_seconds), sum(wait_seconds), sum(csat_sum),
           sum(csat_count), sum(repeated)
    from call_day
    where cast(date_trunc('month', day) as date) = any(months)
    group by cast(date_trunc('month', day) as date), agent_id, team_id;
$$;

select refresh_evaluation_days(array(select distinct day from evaluation_fact));
select refresh_sample_days(array(select distinct day from sample_fact));
select refresh_call_months(array(select distinct cast(date_trunc('month', day) as date) from call_day));

analyze evaluation_day;
analyze evaluator_day;
analyze evaluation_month;
analyze item_loss_month;
analyze sample_center_day;
analyze item_loss_day;
analyze sample_day;
analyze call_month;
