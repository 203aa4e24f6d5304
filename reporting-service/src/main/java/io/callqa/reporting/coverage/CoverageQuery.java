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
 * Counts the period's samples by rule, by mode and in total in one statement over {@code sample_fact} alone
 * ({@code sample_fact_day} or {@code sample_fact_team_day}, which include the columns it reads): evaluated when
 * {@code evaluated_at} is set (an evaluation of the sample has been released), overdue when it is not and
 * {@code due_at} is before now. Call inside a session.
 */
@ApplicationScoped
public class CoverageQuery {

    // A sample's rules are a set, so count(*) after unnest counts each sample once per rule.
    private static final String COUNTS = """
            with s as (
              select s.mode, s.rules, s.due_at, s.evaluated_at is not null as evaluated
              from sample_fact s
              where s.day >= :start and s.day < :end and (:team = '' or s.team_id = :team))
            select 'RULE', r.rule, count(*), count(*) filter (where s.evaluated),
              count(*) filter (where not s.evaluated and s.due_at < :now)
            from s cross join unnest(s.rules) as r(rule) group by r.rule
            union all
            select 'MODE', s.mode, count(*), count(*) filter (where s.evaluated),
              count(*) filter (where not s.evaluated and s.due_at < :now)
            from s group by s.mode
            union all
            select 'TOTAL', '', count(*), count(*) filter (where s.evaluated),
              count(*) filter (where not s.evaluated and s.due_at < :now)
            from s""";

    public Uni<CoverageReport> of(Period period, String teamId, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(COUNTS, Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("team", teamId == null ? "" : teamId)
                .setParameter("now", now)
                .getResultList())
                .map(rows -> report(period, teamId, now, rows));
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
