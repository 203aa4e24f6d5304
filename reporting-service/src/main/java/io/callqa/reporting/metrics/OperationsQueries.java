package io.callqa.reporting.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.metrics.OperationsFigures.Level;
import io.callqa.reporting.metrics.OperationsFigures.ScopeQueue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the operations figures from the read models, in one session. The windows keep every query on an index and
 * every tag set bounded: queues with an interval in the last {@code service-level-days}, samples selected in the
 * last {@code backlog-days}, teams evaluated in the current center month.
 */
@ApplicationScoped
public class OperationsQueries {

    /** Per scope and queue the newest interval that has ended and has a service level (it had offered calls). */
    private static final String SERVICE_LEVELS = """
            select distinct on (scope, queue_id) scope, queue_id, service_level, target
            from interval_fact
            where day >= :since and end_at <= :now and service_level is not null
            order by scope, queue_id, end_at desc, length_minutes""";

    private static final String NOT_EVALUATED = """
            from sample_fact s
            where s.day >= :since and s.evaluated_at is null""";

    private static final String BACKLOG = "select s.mode, count(*) " + NOT_EVALUATED + " group by s.mode";

    private static final String OVERDUE = "select s.mode, count(*) " + NOT_EVALUATED
            + " and s.due_at < :now group by s.mode";

    private static final String TEAM_AVERAGES = """
            select team_id, avg(total_score)
            from evaluation_fact
            where latest and day >= :first and day <= :today and team_id is not null and team_id <> ''
            group by team_id""";

    private static final String OPEN_APPEALS = "select 'open', count(*) from appeal_fact where decided_at is null";

    private final MetricsConfig config;
    private final CenterConfig center;
    private final Clock clock;

    public OperationsQueries(MetricsConfig config, CenterConfig center, Clock clock) {
        this.config = config;
        this.center = center;
        this.clock = clock;
    }

    /** The figures as the read models hold them now. */
    public Uni<OperationsFigures> figures() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(center.zone()).toLocalDate();
        LocalDate backlogSince = today.minusDays(config.backlogDays() - 1L);
        Collected c = new Collected();
        return Panache.withSession(() -> rows(SERVICE_LEVELS,
                        Map.of("since", today.minusDays(config.serviceLevelDays() - 1L), "now", now))
                .invoke(rows -> c.levels = levels(rows))
                .chain(() -> rows(BACKLOG, Map.of("since", backlogSince))).invoke(rows -> c.backlog = counts(rows))
                .chain(() -> rows(OVERDUE, Map.of("since", backlogSince, "now", now)))
                .invoke(rows -> c.overdue = counts(rows))
                .chain(() -> rows(TEAM_AVERAGES, Map.of("first", today.withDayOfMonth(1), "today", today)))
                .invoke(rows -> c.teams = averages(rows))
                .chain(() -> rows(OPEN_APPEALS, Map.of()))
                .map(rows -> new OperationsFigures(c.levels, c.backlog, c.overdue, c.teams,
                        counts(rows).getOrDefault("open", 0L))));
    }

    private static Uni<List<Object[]>> rows(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** The figures read so far, in the order the queries run. */
    private static final class Collected {
        Map<ScopeQueue, Level> levels;
        Map<String, Long> backlog;
        Map<String, Long> overdue;
        Map<String, Double> teams;
    }

    private static Map<ScopeQueue, Level> levels(List<Object[]> rows) {
        Map<ScopeQueue, Level> levels = new LinkedHashMap<>();
        for (Object[] row : rows) {
            levels.put(new ScopeQueue((String) row[0], (String) row[1]), new Level(((Number) row[2]).doubleValue(),
                    row[3] == null ? null : ((Number) row[3]).doubleValue()));
        }
        return levels;
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static Map<String, Double> averages(List<Object[]> rows) {
        Map<String, Double> averages = new HashMap<>();
        rows.forEach(row -> averages.put((String) row[0], ((Number) row[1]).doubleValue()));
        return averages;
    }
}
