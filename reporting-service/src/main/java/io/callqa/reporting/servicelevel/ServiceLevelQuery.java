package io.callqa.reporting.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callqa.reporting.figures.Rows;
import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the grid's intervals from {@code interval_fact} (primary key: scope, queue, length, start) and the days' call
 * sums from {@code call_day} (by day; {@code call_day_queue} for a queue). Call inside a session.
 */
@ApplicationScoped
public class ServiceLevelQuery {

    private static final String COMMON_LENGTH = """
            select length_minutes from interval_fact
            where scope = :scope and queue_id = :queue and start_at >= :from and start_at < :to
            group by length_minutes order by count(*) desc, length_minutes limit 1""";

    private static final String INTERVALS = """
            select day::text, to_char(start_at at time zone :zone, 'HH24:MI'), offered, answered_within, abandoned,
              service_level, verdict
            from interval_fact
            where scope = :scope and queue_id = :queue and length_minutes = :length
              and start_at >= :from and start_at < :to
            order by start_at""";

    private static final String CALLS = """
            select day::text, sum(offered), sum(answered), sum(abandoned), sum(wait_seconds)
            from call_day
            where day >= :start and day < :end and (:queue = '' or queue_id = :queue)
            group by day""";

    /** The most common interval length of the scope in the period; null when it has no intervals. */
    public Uni<Integer> commonLength(ServiceLevelScope scope, Period period, ZoneId zone) {
        return Panache.getSession().chain(s -> s.createNativeQuery(COMMON_LENGTH, Object.class)
                .setParameter("scope", scope.scope())
                .setParameter("queue", scope.queueKey())
                .setParameter("from", start(period, zone))
                .setParameter("to", end(period, zone))
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : (int) Rows.count(rows.get(0)));
    }

    public Uni<List<IntervalRow>> intervals(ServiceLevelScope scope, int length, Period period, ZoneId zone) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INTERVALS, Object[].class)
                .setParameter("zone", zone.getId())
                .setParameter("scope", scope.scope())
                .setParameter("queue", scope.queueKey())
                .setParameter("length", length)
                .setParameter("from", start(period, zone))
                .setParameter("to", end(period, zone))
                .getResultList())
                .map(rows -> rows.stream().map(r -> new IntervalRow(Rows.date(r[0]), (String) r[1], Rows.count(r[2]),
                        Rows.count(r[3]), Rows.count(r[4]), Rows.decimal(r[5]), (String) r[6])).toList());
    }

    public Uni<Map<LocalDate, CallFigures>> calls(ServiceLevelScope scope, Period period) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CALLS, Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("queue", scope.queueKey())
                .getResultList())
                .map(ServiceLevelQuery::byDay);
    }

    private static Map<LocalDate, CallFigures> byDay(List<Object[]> rows) {
        Map<LocalDate, CallFigures> days = new HashMap<>();
        for (Object[] r : rows) {
            days.put(Rows.date(r[0]), new CallFigures(Rows.count(r[1]), Rows.count(r[2]), Rows.count(r[3]),
                    Rows.count(r[4])));
        }
        return days;
    }

    private static Instant start(Period period, ZoneId zone) {
        return period.start().atStartOfDay(zone).toInstant();
    }

    private static Instant end(Period period, ZoneId zone) {
        return period.end().atStartOfDay(zone).toInstant();
    }
}
