package io.callqa.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL that fills reporting's read models with generated data, straight into the tables (no events): a center of
 * {@code agents} agents in teams of 20 and 10 queues over {@code days} days. Every value comes from
 * {@code pg_temp.r(key, salt)}, a hash of the key with the seed, so the same seed and sizes give the same rows.
 *
 * <ul>
 * <li>{@code call_day}: what the calls projection would have summed, per day, agent, team and queue: each agent works
 * 88 % of the days, takes about {@code callsPerDay × 0.96 / agents} calls (weekdays 1.08, Saturday 0.85, Sunday
 * 0.75, ±20 %), 70 % from the team's first queue, 25 % from its second, 5 % outbound (queue ''); answered within
 * 20 s 86–96 % (55–75 % on the 15 % congested queue days); handle 200–340 s; 30 % rated, CSAT 3.9–4.7; 4–14 %
 * repeated; plus per day and queue the calls abandoned before an agent (agent and team ''), about 4 %.</li>
 * <li>{@code interval_fact}: 30-minute intervals 08:00–22:00 per queue (15 % congested: MISSED) and the center's
 * sums.</li>
 * <li>{@code sample_fact}: {@code 1.2 × evaluations} samples, in time order, by rule (55 % RANDOM_POSTHOC …), due
 * 48 h after selection; every sixth is never evaluated.</li>
 * <li>{@code evaluation_fact}: one evaluation per other sample, by 2–3 evaluators per 300 evaluations a day;
 * 0–5 deducted items (mean 2.2), 1–5 points each; 1.5 % fail a red line; 1 % revised (version 2 latest).</li>
 * <li>{@code evaluation_item_fact}: those items (20 items in 5 sections, the first few far more often), with
 * labels (none in the first two weeks: older events), reasons, comments and quotes; the red lines failed.</li>
 * <li>{@code appeal_fact} ≈ 2 % of evaluations, {@code complaint_fact} 0.1 % of calls (half of them on a sampled
 * call), {@code caller_call} the last two days, weekly calibrations, monthly plans (one month without),
 * coaching plans, excellent recordings, {@code agent_fact}.</li>
 * </ul>
 */
final class ReadModelData {

    /** One statement of the load; {@code table} is what it fills, for the timings ({@code null}: set-up). */
    record Step(String table, String sql) {
    }

    /** The tables the load fills, in order; their other indexes are dropped before and built again after. */
    static final List<String> TABLES = List.of("agent_fact", "call_day", "interval_fact", "sample_fact",
            "evaluation_fact", "evaluation_item_fact", "appeal_fact", "complaint_fact", "caller_call",
            "calibration_fact", "qa_plan_fact", "qa_plan_target_fact", "coaching_fact", "excellent_recording_fact");

    static final String ZONE = "Asia/Shanghai";

    private ReadModelData() {
    }

    static List<Step> steps(ReportingOptions.DataSize size) {
        Map<String, String> values = values(size);
        return List.of(
                setup(FUNCTIONS, values), setup(CATALOG, values),
                step("agent_fact", AGENTS, values),
                step("call_day", CALL_DAY, values), step("call_day", ABANDONED, values),
                step("interval_fact", QUEUE_INTERVALS, values), step("interval_fact", CENTER_INTERVALS, values),
                step("sample_fact", SAMPLES, values),
                step("evaluation_fact", EVALUATIONS, values),
                step("evaluation_item_fact", ITEMS, values), step("evaluation_item_fact", RED_LINES, values),
                step("appeal_fact", APPEALS, values),
                step("complaint_fact", COMPLAINTS, values),
                step("caller_call", CALLER_CALLS, values), step("caller_call", COMPLAINT_CALLS, values),
                step("calibration_fact", CALIBRATIONS, values),
                step("qa_plan_fact", PLANS, values), step("qa_plan_target_fact", PLAN_TARGETS, values),
                step("coaching_fact", COACHING, values),
                step("excellent_recording_fact", EXCELLENT, values));
    }

    static Map<String, String> values(ReportingOptions.DataSize size) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{SEED}", Long.toString(size.seed()));
        values.put("{A}", Integer.toString(size.agents()));
        values.put("{D}", Integer.toString(size.days()));
        values.put("{Q}", Integer.toString(ReportingOptions.DataSize.QUEUES));
        values.put("{C}", Long.toString(size.callsPerDay()));
        values.put("{S}", Long.toString(size.samples()));
        values.put("{EV}", Integer.toString(size.evaluators()));
        values.put("{K}", Long.toString(Math.max(1, Math.round(size.callsPerDay() * size.days() * 0.001))));
        values.put("{F}", "date '" + size.firstDay() + "'");
        values.put("{LAST}", "date '" + size.lastDay() + "'");
        values.put("{ZONE}", "'" + ZONE + "'");
        return values;
    }

    private static Step setup(String sql, Map<String, String> values) {
        return new Step(null, fill(sql, values));
    }

    private static Step step(String table, String sql, Map<String, String> values) {
        return new Step(table, fill(sql, values));
    }

    static String fill(String sql, Map<String, String> values) {
        String result = sql;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace(value.getKey(), value.getValue());
        }
        return result;
    }

    /** Session helpers: the hash-based random number, ids, the weekday factor, deductions per evaluation. */
    static final String FUNCTIONS = """
            create or replace function pg_temp.r(k bigint, salt integer) returns double precision
                language sql immutable parallel safe
                as 'select (hashint8extended(k, {SEED}::bigint * 1000 + salt) & 4503599627370495)::float8
                           / 4503599627370496.0';
            create or replace function pg_temp.agent(a integer) returns text language sql immutable
                as 'select ''a-'' || lpad(a::text, 4, ''0'')';
            create or replace function pg_temp.team(a integer) returns text language sql immutable
                as 'select ''t-'' || lpad(((a - 1) / 20 + 1)::text, 2, ''0'')';
            create or replace function pg_temp.queue(q integer) returns text language sql immutable
                as 'select ''q-'' || lpad(q::text, 2, ''0'')';
            create or replace function pg_temp.first_queue(a integer) returns integer language sql immutable
                as 'select ((a - 1) / 20) % {Q} + 1';
            create or replace function pg_temp.second_queue(a integer) returns integer language sql immutable
                as 'select ((a - 1) / 20 + 3) % {Q} + 1';
            create or replace function pg_temp.uid(tag text, n bigint) returns uuid language sql immutable
                as 'select md5(tag || ''-{SEED}-'' || n)::uuid';
            create or replace function pg_temp.wf(d date) returns double precision language sql immutable
                as 'select case extract(isodow from d) when 6 then 0.85 when 7 then 0.75 else 1.08 end::float8';
            create or replace function pg_temp.k(n bigint) returns integer language sql immutable
                as 'select case when pg_temp.r(n, 42) < 0.12 then 0 when pg_temp.r(n, 42) < 0.32 then 1
                                when pg_temp.r(n, 42) < 0.60 then 2 when pg_temp.r(n, 42) < 0.82 then 3
                                when pg_temp.r(n, 42) < 0.94 then 4 else 5 end';
            create or replace function pg_temp.lost(n bigint, j integer) returns integer language sql immutable
                as 'select 1 + floor(pg_temp.r(n * 8 + j, 43) * 5)::integer';
            create or replace function pg_temp.item(n bigint, j integer) returns integer language sql immutable
                as 'select (floor(20 * pg_temp.r(n, 47) ^ 2)::integer + 7 * (j - 1)) % 20 + 1';
            """;

    /** The scorecard's 20 items (5 sections) and 3 red lines; the first items are the common faults. */
    static final String CATALOG = """
            drop table if exists pg_temp.bench_item;
            create temp table bench_item (idx integer primary key, item_id text, section_id text, kind text,
                max_points integer, item_zh text, item_en text, section_zh text, section_en text, reason text,
                reason_zh text, reason_en text);
            insert into bench_item
            select i, 'I-' || lpad(i::text, 2, '0'), 'S-' || ((i - 1) / 4 + 1),
                   case when i > 20 then 'RED_LINE' else 'SCORED' end,
                   case when i > 20 then 0 when i % 3 = 0 then 10 else 5 end,
                   (array['开场白规范','核实客户身份','倾听与确认需求','业务解答准确','服务用语礼貌','语速语调适中',
                          '等待提示','解决方案完整','二次确认','结束语规范','系统记录完整','情绪安抚','主动服务',
                          '投诉处理流程','转接规范','保密提示','产品推荐恰当','挂机规范','工单分类正确','知识库引用',
                          '泄露客户信息','辱骂客户','违规承诺'])[i],
                   (array['Greeting','Identity check','Listening and confirming the need','Accurate answer',
                          'Polite wording','Pace and tone','Hold notice','Complete solution','Read-back',
                          'Closing','Complete notes','Calming the caller','Proactive service','Complaint procedure',
                          'Transfer procedure','Privacy notice','Fitting offer','Hang-up procedure',
                          'Ticket category','Knowledge base','Disclosed customer data','Abused the customer',
                          'Unauthorised promise'])[i],
                   (array['服务规范','业务能力','沟通技巧','流程执行','记录与合规','红线'])[least((i - 1) / 4 + 1, 6)],
                   (array['Service manners','Knowledge','Communication','Procedure','Records and compliance',
                          'Red lines'])[least((i - 1) / 4 + 1, 6)],
                   'R-' || i,
                   '未达到' || (array['开场白','身份核实','需求确认','解答','用语','语速','等待提示','方案','确认',
                          '结束语','记录','安抚','主动服务','投诉流程','转接','保密','推荐','挂机','分类','引用',
                          '保密','礼貌','承诺'])[i] || '标准',
                   'Below the standard: item ' || i
              from generate_series(1, 23) i;
            """;

    static final String AGENTS = """
            insert into agent_fact (agent_id, name, team_id, supervisor_id, hire_date, active, updated_at)
            select pg_temp.agent(a),
                   (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭'])[1 + a % 16]
                       || (array['伟','芳','娜','敏','静','丽','强','磊','洋','艳','勇','军','杰','娟','涛','明',
                                 '超','秀英','霞','平'])[1 + (a / 16) % 20],
                   pg_temp.team(a), 'tl-' || lpad(((a - 1) / 20 + 1)::text, 2, '0'),
                   {F} - (30 + floor(pg_temp.r(a, 1) * 1500))::integer, pg_temp.r(a, 2) > 0.02,
                   ({F} + time '08:00') at time zone {ZONE}
              from generate_series(1, {A}) a;
            """;

    static final String CALL_DAY = """
            insert into call_day (day, agent_id, team_id, queue_id, calls, offered, answered, abandoned,
                                  answered_within, handle_seconds, wait_seconds, csat_sum, csat_count, repeated)
            select x.day, pg_temp.agent(x.a), pg_temp.team(x.a), case when x.q = 0 then '' else pg_temp.queue(x.q) end,
                   x.n,
                   case when x.q = 0 then 0 else x.n end,
                   case when x.q = 0 then 0 else x.n end,
                   0,
                   case when x.q = 0 then 0 else round(x.n * x.sl)::integer end,
                   round(x.n * x.aht)::bigint,
                   case when x.q = 0 then 0 else round(x.n * x.asa)::bigint end,
                   case when x.q = 0 then 0 else round(round(x.n * 0.3) * x.csat)::integer end,
                   case when x.q = 0 then 0 else round(x.n * 0.3)::integer end,
                   case when x.q = 0 then 0 else round(x.n * x.rep)::integer end
              from (select {F} + d as day, a, s.q, round(v.v * s.share)::integer as n,
                           case when pg_temp.r(d * 1000 + s.q, 12) < 0.15 then 0.55 + 0.2 * pg_temp.r(k.ad, 13)
                                else 0.86 + 0.1 * pg_temp.r(k.ad, 13) end as sl,
                           case when pg_temp.r(d * 1000 + s.q, 12) < 0.15 then 25 + 20 * pg_temp.r(k.ad, 19)
                                else 6 + 8 * pg_temp.r(k.ad, 19) end as asa,
                           case when s.q = 0 then 90 + 60 * pg_temp.r(k.ad, 15)
                                else (200 + 140 * pg_temp.r(a, 14)) * (0.9 + 0.2 * pg_temp.r(k.ad, 15)) end as aht,
                           3.9 + 0.8 * pg_temp.r(a, 16) as csat,
                           0.04 + 0.10 * pg_temp.r(a, 17) as rep
                      from generate_series(0, {D} - 1) d
                      cross join generate_series(1, {A}) a
                      cross join lateral (select a::bigint * 100000 + d as ad) k
                      cross join lateral (select {C} * 0.96 / {A} / 0.88 * pg_temp.wf({F} + d)
                                                 * (0.8 + 0.4 * pg_temp.r(k.ad, 11)) as v) v
                      cross join lateral (values (pg_temp.first_queue(a), 0.70::float8),
                                                 (pg_temp.second_queue(a), 0.25::float8), (0, 0.05::float8)) s (q, share)
                     where pg_temp.r(k.ad, 10) >= 0.12) x
             where x.n > 0;
            """;

    static final String ABANDONED = """
            insert into call_day (day, agent_id, team_id, queue_id, calls, offered, abandoned)
            select {F} + d, '', '', pg_temp.queue(q), x.n, x.n, x.n
              from generate_series(0, {D} - 1) d
              cross join generate_series(1, {Q}) q
              cross join lateral (select round({C} * 0.04 / {Q} * pg_temp.wf({F} + d)
                                  * case when pg_temp.r(d * 1000 + q, 12) < 0.15 then 2.5 else 0.75 end
                                  * (0.8 + 0.4 * pg_temp.r(d * 1000 + q, 18)))::integer as n) x
             where x.n > 0;
            """;

    static final String QUEUE_INTERVALS = """
            insert into interval_fact (scope, queue_id, start_at, end_at, length_minutes, day, offered,
                                       answered_within, abandoned, service_level, target, verdict, watermark)
            select 'QUEUE', pg_temp.queue(q), b.st, b.st + interval '30 minutes', 30, b.day, o.off, w.aw, w.ab,
                   case when o.off > 0 then round(w.aw::numeric / o.off, 4) end, 0.8,
                   case when o.off = 0 then 'NONE' when w.aw >= 0.8 * o.off then 'MET' else 'MISSED' end,
                   b.st + interval '31 minutes'
              from generate_series(0, {D} - 1) d
              cross join generate_series(0, 27) i
              cross join generate_series(1, {Q}) q
              cross join lateral (select {F} + d as day,
                                         (({F} + d) + time '08:00' + i * interval '30 minutes') at time zone {ZONE} as st,
                                         (d::bigint * 100 + i) * 100 + q as key) b
              cross join lateral (select round({C} * 0.96 / {Q} / 28 * pg_temp.wf(b.day)
                                         * (0.55 + 0.9 * exp(-((i - 5) ^ 2) / 8.0) + 0.7 * exp(-((i - 15) ^ 2) / 10.0))
                                         * (0.85 + 0.3 * pg_temp.r(b.key, 21)))::integer as off,
                                         pg_temp.r(b.key, 20) < 0.15 as jam) o
              cross join lateral (select round(o.off * case when o.jam then 0.45 + 0.3 * pg_temp.r(b.key, 22)
                                                            else 0.82 + 0.16 * pg_temp.r(b.key, 22) end)::integer as aw,
                                         round(o.off * case when o.jam then 0.10 else 0.02 end)::integer as ab) w
             order by b.st, q;
            """;

    static final String CENTER_INTERVALS = """
            insert into interval_fact (scope, queue_id, start_at, end_at, length_minutes, day, offered,
                                       answered_within, abandoned, service_level, target, verdict, watermark)
            select 'CENTER', '', start_at, end_at, 30, day, sum(offered), sum(answered_within), sum(abandoned),
                   case when sum(offered) > 0 then round(sum(answered_within)::numeric / sum(offered), 4) end, 0.8,
                   case when sum(offered) = 0 then 'NONE' when sum(answered_within) >= 0.8 * sum(offered) then 'MET'
                        else 'MISSED' end,
                   max(watermark)
              from interval_fact
             where scope = 'QUEUE'
             group by start_at, end_at, day
             order by start_at;
            """;

    static final String SAMPLES = """
            insert into sample_fact (sample_id, call_id, agent_id, team_id, queue_id, mode, priority, rules, reasons,
                                     selected_at, due_at, day, talk_seconds, wrap_up_code)
            select pg_temp.uid('s', n), 'c-' || n, pg_temp.agent(b.a), pg_temp.team(b.a),
                   pg_temp.queue(case when pg_temp.r(n, 32) < 0.74 then pg_temp.first_queue(b.a)
                                      else pg_temp.second_queue(b.a) end),
                   case when c.rule in ('RANDOM_REALTIME', 'SHORT_CALL', 'COMPLAINT', 'RECHECK') then 'REALTIME'
                        else 'POSTHOC' end,
                   case when c.rule in ('COMPLAINT', 'RECHECK', 'NEW_HIRE', 'MANUAL') then 'HIGH' else 'NORMAL' end,
                   case when c.two then array[c.rule, e.other] else array[c.rule] end,
                   case when c.two then jsonb_build_array(jsonb_build_object('rule', c.rule, 'detail', c.rule || ' pick'),
                                                          jsonb_build_object('rule', e.other, 'detail', e.other || ' pick'))
                        else jsonb_build_array(jsonb_build_object('rule', c.rule, 'detail', c.rule || ' pick')) end,
                   c.sel, c.sel + interval '48 hours', b.day, e.talk,
                   'W' || lpad((1 + floor(pg_temp.r(n, 35) * 30))::text, 2, '0')
              from generate_series(1::bigint, {S}) n
              cross join lateral (select {F} + ((n - 1) * {D} / {S})::integer as day,
                                         1 + floor(pg_temp.r(n, 30) * {A})::integer as a, pg_temp.r(n, 31) as rr) b
              cross join lateral (select case when b.rr < 0.55 then 'RANDOM_POSTHOC' when b.rr < 0.70 then 'RANDOM_REALTIME'
                                              when b.rr < 0.78 then 'SHORT_CALL' when b.rr < 0.86 then 'SLA_MISS_LONG_CALL'
                                              when b.rr < 0.92 then 'REPEAT_CALL' when b.rr < 0.95 then 'NEW_HIRE'
                                              when b.rr < 0.97 then 'COMPLAINT' when b.rr < 0.985 then 'NEIGHBOUR'
                                              when b.rr < 0.995 then 'RECHECK' else 'MANUAL' end as rule,
                                         pg_temp.r(n, 33) < 0.05 as two,
                                         (b.day + time '08:00' + pg_temp.r(n, 34) * interval '14 hours')
                                             at time zone {ZONE} as sel) c
              cross join lateral (select case when c.rule = 'REPEAT_CALL' then 'SHORT_CALL' else 'REPEAT_CALL' end as other,
                                         case when c.rule = 'SHORT_CALL' then 5 + floor(pg_temp.r(n, 36) * 14)::integer
                                              when c.rule = 'SLA_MISS_LONG_CALL' then 600 + floor(pg_temp.r(n, 36) * 900)::integer
                                              else 20 + floor(pg_temp.r(n, 36) ^ 2 * 580)::integer end as talk) e;
            """;

    static final String EVALUATIONS = """
            insert into evaluation_fact (evaluation_id, version, agent_id, team_id, total_score, critical_failed,
                                         problem_found, released_at, month, sample_id, call_id, evaluator_id,
                                         scorecard_id, scorecard_version, comment, nominated, day, latest)
            select pg_temp.uid('e', m.n), v, s.agent_id, s.team_id,
                   greatest(0, 100 - l.lost - case when v < e.versions then 4 else 0 end),
                   e.crit, e.k > 0 or e.crit,
                   e.released + (v - 1) * interval '2 days',
                   to_char(e.day, 'YYYY-MM'),
                   s.sample_id, s.call_id,
                   'qa-' || lpad((1 + floor(pg_temp.r(m.n, 46) * {EV}))::text, 2, '0'),
                   'sc-voice', 3,
                   case when pg_temp.r(m.n, 47) < 0.4 then
                       (array['整体服务规范，注意开场白语速','需求确认不充分，建议复述客户问题','解答准确，结束语需完整',
                              '情绪安抚到位','系统记录缺少关键信息','转接前未告知客户原因'])[1 + floor(pg_temp.r(m.n, 48) * 6)::integer]
                   end,
                   e.k = 0 and not e.crit and pg_temp.r(m.n, 49) < 0.08,
                   e.day, v = e.versions
              from sample_fact s
              cross join lateral (select substr(s.call_id, 3)::bigint as n) m
              cross join lateral (select pg_temp.k(m.n) as k, pg_temp.r(m.n, 44) < 0.015 as crit,
                                         case when pg_temp.r(m.n, 40) < 0.01 then 2 else 1 end as versions,
                                         least(s.day + case when pg_temp.r(m.n, 41) < 0.3 then 1 else 0 end, {LAST}) as day) e0
              cross join lateral (select e0.*, ((e0.day + time '09:00' + pg_temp.r(m.n, 45) * interval '12 hours')
                                                 at time zone {ZONE}) as released) e
              cross join lateral (select coalesce(sum(pg_temp.lost(m.n, j)), 0) as lost
                                    from generate_series(1, e.k) j) l
              cross join generate_series(1, e.versions) v
             where m.n % 6 <> 0
             order by s.day, m.n, v;
            """;

    static final String ITEMS = """
            insert into evaluation_item_fact (evaluation_id, version, item_id, section_id, kind, max_points, awarded,
                                              points_lost, failed, reason, comment, quote_offset_ms, quote_text,
                                              item_zh, item_en, section_zh, section_en, reason_zh, reason_en,
                                              agent_id, team_id, day, latest)
            select e.evaluation_id, e.version, c.item_id, c.section_id, c.kind, c.max_points,
                   c.max_points - p.lost, p.lost, false, c.reason,
                   case when pg_temp.r(m.n * 8 + j, 51) < 0.5 then '应按标准话术：' || c.item_zh || '，请参照知识库示例' end,
                   case when pg_temp.r(m.n * 8 + j, 52) < 0.8 then floor(pg_temp.r(m.n * 8 + j, 53) * 300000)::bigint end,
                   case when pg_temp.r(m.n * 8 + j, 52) < 0.8 then
                       case when pg_temp.r(m.n * 8 + j, 54) < 0.02 then '客户：卡号是6222021234567890123，坐席：您稍等'
                            when pg_temp.r(m.n * 8 + j, 54) < 0.30 then '客户：我的手机号是138****5678，坐席：嗯，然后呢'
                            else '坐席：这个我不太清楚，您自己去网上查一下吧。客户：那你们有什么用？' end
                   end,
                   case when e.old then null else c.item_zh end, case when e.old then null else c.item_en end,
                   case when e.old then null else c.section_zh end, case when e.old then null else c.section_en end,
                   case when e.old then null else c.reason_zh end, case when e.old then null else c.reason_en end,
                   e.agent_id, e.team_id, e.day, e.latest
              from (select f.*, f.day < {F} + 14 as old from evaluation_fact f) e
              cross join lateral (select substr(e.call_id, 3)::bigint as n) m
              cross join lateral generate_series(1, pg_temp.k(m.n)) j
              cross join lateral (select pg_temp.item(m.n, j) as idx, pg_temp.lost(m.n, j) as lost) p
              join bench_item c on c.idx = p.idx;
            """;

    static final String RED_LINES = """
            insert into evaluation_item_fact (evaluation_id, version, item_id, section_id, kind, max_points, awarded,
                                              points_lost, failed, reason, comment, quote_offset_ms, quote_text,
                                              item_zh, item_en, section_zh, section_en, reason_zh, reason_en,
                                              agent_id, team_id, day, latest)
            select e.evaluation_id, e.version, c.item_id, c.section_id, c.kind, 0, 0, 0, true, c.reason,
                   '红线：' || c.item_zh, floor(pg_temp.r(m.n, 55) * 300000)::bigint,
                   '坐席：你的身份证号码是110101199001011234对吧',
                   c.item_zh, c.item_en, c.section_zh, c.section_en, c.reason_zh, c.reason_en,
                   e.agent_id, e.team_id, e.day, e.latest
              from evaluation_fact e
              cross join lateral (select substr(e.call_id, 3)::bigint as n) m
              join bench_item c on c.idx = 21 + floor(pg_temp.r(m.n, 56) * 3)::integer
             where e.critical_failed;
            """;

    static final String APPEALS = """
            insert into appeal_fact (appeal_id, evaluation_id, evaluation_version, agent_id, team_id, filed_at,
                                     under_review_at, decided_at, decision, decided_by, day)
            select pg_temp.uid('ap', m.n), e.evaluation_id, 1, e.agent_id, e.team_id, f.filed,
                   f.filed + interval '3 hours', case when f.decided < f.now then f.decided end,
                   case when f.decided >= f.now then null when revised.yes or pg_temp.r(m.n, 58) < 0.2 then 'UPHELD'
                        else 'REJECTED' end,
                   case when f.decided < f.now then 'ql-0' || (1 + floor(pg_temp.r(m.n, 59) * 3))::integer end,
                   (f.filed at time zone {ZONE})::date
              from evaluation_fact e
              cross join lateral (select substr(e.call_id, 3)::bigint as n) m
              cross join lateral (select pg_temp.r(m.n, 40) < 0.01 as yes) revised
              cross join lateral (select e.released_at + interval '20 hours' as filed,
                                         e.released_at + interval '20 hours'
                                             + (4 + 68 * pg_temp.r(m.n, 57)) * interval '1 hour' as decided,
                                         ({LAST} + 1 + time '00:00') at time zone {ZONE} as now) f
             where e.version = 1 and (revised.yes or pg_temp.r(m.n, 50) < 0.01)
             order by f.filed;
            """;

    static final String COMPLAINTS = """
            insert into complaint_fact (complaint_id, call_id, agent_id, received_at, day, category, severity, summary)
            select 'CP-' || lpad(k::text, 7, '0'), coalesce(s.call_id, 'x-' || k),
                   coalesce(s.agent_id, pg_temp.agent(1 + floor(pg_temp.r(k, 61) * {A})::integer)),
                   b.received, (b.received at time zone {ZONE})::date,
                   (array['服务态度','业务差错','等待过长','重复来电','承诺未兑现'])[1 + floor(pg_temp.r(k, 62) * 5)::integer],
                   case when pg_temp.r(k, 63) < 0.05 then 'GROUP_LEVEL' else 'NORMAL' end,
                   '客户来电投诉：' || (array['坐席态度冷淡，未解决问题','办理结果与坐席说法不一致','排队时间超过十分钟',
                                              '同一问题反复来电三次','答应回电但未回电'])[1 + floor(pg_temp.r(k, 62) * 5)::integer]
              from generate_series(1::bigint, {K}) k
              cross join lateral (select ({F} + ((k - 1) * {D} / {K})::integer + time '10:00'
                                             + pg_temp.r(k, 64) * interval '12 hours') at time zone {ZONE} as received,
                                         case when k % 2 = 1 then 'c-' || ((k - 1) * {S} / {K} + 1) end as cid) b
              left join sample_fact s on s.call_id = b.cid;
            """;

    static final String CALLER_CALLS = """
            insert into caller_call (call_id, caller_hash, agent_id, team_id, queue_id, day, started_at, ended_at,
                                     inbound, answered, talk_seconds, repeated)
            select 'cc-' || d || '-' || i, md5('caller-{SEED}-' || floor(pg_temp.r(d::bigint * 10000000 + i, 71) * 2000000)::bigint),
                   pg_temp.agent(b.a), pg_temp.team(b.a), pg_temp.queue(pg_temp.first_queue(b.a)), {F} + d,
                   b.enq, b.enq + (15 + 20 + b.talk) * interval '1 second', true, true, b.talk,
                   pg_temp.r(d::bigint * 10000000 + i, 73) < 0.08
              from generate_series(greatest(0, {D} - 2), {D} - 1) d
              cross join generate_series(1, {C}) i
              cross join lateral (select 1 + floor(pg_temp.r(d::bigint * 10000000 + i, 70) * {A})::integer as a,
                                         (({F} + d) + time '08:00' + (i::float8 / {C}) * interval '14 hours')
                                             at time zone {ZONE} as enq,
                                         20 + floor(pg_temp.r(d::bigint * 10000000 + i, 72) ^ 2 * 580)::integer as talk) b;
            """;

    static final String COMPLAINT_CALLS = """
            insert into caller_call (call_id, caller_hash, agent_id, team_id, queue_id, day, started_at, ended_at,
                                     inbound, answered, talk_seconds, repeated)
            select c.call_id, md5('complainer-' || c.call_id), c.agent_id, coalesce(a.team_id, ''), '', c.day,
                   c.received_at - interval '1 hour', c.received_at - interval '50 minutes', true, true,
                   60 + floor(pg_temp.r(substr(c.call_id, 3)::bigint, 74) * 600)::integer, false
              from complaint_fact c
              left join agent_fact a on a.agent_id = c.agent_id
             where c.call_id like 'x-%' and c.day >= {LAST} - 1;
            """;

    static final String CALIBRATIONS = """
            insert into calibration_fact (calibration_id, evaluator_id, call_id, closed_at, reference_total,
                                          allowed_deviation, total, deviation, agreement, flagged)
            select pg_temp.uid('cal', w), 'qa-' || lpad(q::text, 2, '0'), 'c-' || (w * 7919 + 1),
                   ({F} + w * 7 + 2 + time '15:00') at time zone {ZONE}, x.ref, 5.0, x.total, abs(x.total - x.ref),
                   round((0.7 + 0.3 * pg_temp.r(w * 1000 + q, 82))::numeric, 4), abs(x.total - x.ref) > 5.0
              from generate_series(0, ({D} - 3) / 7) w
              cross join generate_series(1, {EV}) q
              cross join lateral (select round((80 + 15 * pg_temp.r(w, 80))::numeric, 1) as ref,
                                         round((80 + 15 * pg_temp.r(w, 80) + (pg_temp.r(w * 1000 + q, 81) - 0.5) * 14)::numeric, 1)
                                             as total) x
             where {F} + w * 7 + 2 <= {LAST};
            """;

    static final String PLANS = """
            insert into qa_plan_fact (month, set_at, set_by)
            select to_char(m, 'YYYY-MM'), (m::date + time '09:00') at time zone {ZONE}, 'ql-01'
              from generate_series(date_trunc('month', {F}::timestamp), date_trunc('month', {LAST}::timestamp), interval '1 month')
                   with ordinality g (m, i)
             where i <> 5;
            """;

    static final String PLAN_TARGETS = """
            insert into qa_plan_target_fact (month, person_id, target)
            select p.month, 'qa-' || lpad(q::text, 2, '0'),
                   round({S} / 1.2 / greatest(1, {D} / 30.4) / {EV} * (0.95 + 0.15 * pg_temp.r(q * 100 + substr(p.month, 6)::integer, 83)))::integer
              from qa_plan_fact p
              cross join generate_series(1, {EV}) q;
            """;

    static final String COACHING = """
            insert into coaching_fact (plan_id, agent_id, team_id, weak_items, goal_kind, completed_by, completed_at, day)
            select pg_temp.uid('cp', a * 1000 + w), pg_temp.agent(a), pg_temp.team(a),
                   array['I-' || lpad((1 + floor(pg_temp.r(a * 1000 + w, 91) * 6))::text, 2, '0')],
                   'AVERAGE_SCORE', 'tl-' || lpad(((a - 1) / 20 + 1)::text, 2, '0'), x.at, (x.at at time zone {ZONE})::date
              from generate_series(1, {A}) a
              cross join generate_series(0, ({D} - 1) / 7) w
              cross join lateral (select ({F} + w * 7 + 3 + time '16:00') at time zone {ZONE} as at) x
             where pg_temp.r(a * 1000 + w, 90) < 0.012 and {F} + w * 7 + 3 <= {LAST};
            """;

    static final String EXCELLENT = """
            insert into excellent_recording_fact (recording_id, evaluation_id, evaluation_version, call_id, agent_id,
                                                  team_id, items, queue_id, wrap_up_code, recording_uri, total_score,
                                                  bonus_points, approved_by, approved_at, day)
            select pg_temp.uid('er', m.n), e.evaluation_id, e.version, e.call_id, e.agent_id, e.team_id,
                   array['I-03', 'I-12'], s.queue_id, s.wrap_up_code,
                   'oss://callqa-recordings/' || e.call_id || '.wav', e.total_score, 2, 'ql-01', x.at,
                   (x.at at time zone {ZONE})::date
              from evaluation_fact e
              join sample_fact s on s.sample_id = e.sample_id
              cross join lateral (select substr(e.call_id, 3)::bigint as n) m
              cross join lateral (select e.released_at + interval '1 day' as at) x
             where e.latest and e.nominated and pg_temp.r(m.n, 92) < 0.5;
            """;
}
