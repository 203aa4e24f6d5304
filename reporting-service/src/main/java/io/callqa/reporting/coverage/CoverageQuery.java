package io.callqa.reporting.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.callqa.reporting.figures.Rows;
import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the period's samples by rule, by mode and in total in one statement over the day aggregate
 * {@code sample_center_day} (per selection day, mode and rule set), or {@code sample_day} (also per team) for one
 * team: evaluated when an evaluation of the sample has been released, overdue when it has not and its due time is
 * before now. A group whose latest pending due time has passed is wholly overdue; only the few groups still partly
 * due (the last days) count their samples in {@code sample_fact}. Call inside a session.
 */
@ApplicationScoped
public class CoverageQuery {

    // A sample's rules are a set, so summing after unnest counts each sample once per rule.
    private static final String COUNTS = """
            with s as (
              select d.mode, d.rules, d.sampled, d.evaluated,
                case when d.pending = 0 or d.pending_due_max < :now then d.pending
                  else (select count(*) from sample_fact f
                        where f.day = d.day and %2$s and f.mode = d.mode
                          and f.rules = d.rules and f.evaluated_at is null and f.due_at < :now) end as overdue
              from %1$s d
              where d.day >= :start and d.day < :end)
            select 'RULE', r.rule, sum(s.sampled), sum(s.evaluated), sum(s.overdue)
            from s cross join unnest(s.rules) as r(rule) group by r.rule
            union all
            select 'MODE', s.mode, sum(s.sampled), sum(s.evaluated), sum(s.overdue)
            from s group by s.mode
            union all
            select 'TOTAL', '', coalesce(sum(s.sampled), 0), coalesce(sum(s.evaluated), 0),
              coalesce(sum(s.overdue), 0)
            from s""";

    public Uni<CoverageReport> of(Period period, String teamId, Instant now) {
        String sql = teamId == null ? COUNTS.formatted("sample_center_day", "true")
                : COUNTS.formatted("(select * from sample_day where team_id = :team)", "f.team_id = :team");
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class).setParameter("start", period.start())
                    .setParameter("end", period.end()).setParameter("now", now);
            return (teamId == null ? query : query.setParameter("team", teamId)).getResultList();
        }).map(rows -> report(period, teamId, now, rows));
    }

    private static CoverageReport report(Period period, String teamId, Instant now, List<Object[]> rows) {
        Coverage total = Coverage.of("total", 0, 0, 0);
        List<Coverage> byRule = new ArrayList<>();
        List<Coverage> byMode = new ArrayList<>();
        for (Object[] r : rows) {
            Coverage c = Coverage.of((String) r[1], Rows.count(r[2]), Rows.count(r[3]), Rows.count(r[4]));
            switch ((String) r[0]) {
                case "RULE" -> byRule.add(c);
                case "MODE" -> byMode.add(c);
                default -> total = Coverage.of("total", c.sampled(), c.evaluated(), c.overdue());
            }
        }
        byRule.sort(Comparator.comparingLong(Coverage::sampled).reversed().thenComparing(Coverage::name));
        byMode.sort(Comparator.comparing(Coverage::name));
        return new CoverageReport(period.label(), period.start(), period.last(), teamId, now, total, byRule, byMode);
    }
}
