package io.callqa.reporting.operations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import io.callqa.reporting.figures.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The month's figures of the QA team. People = those with a plan target that month or with evaluations first released
 * in it; evaluations and the appeals against them per evaluator and for the center from {@code evaluator_day};
 * calibration by {@code calibration_fact_evaluator}; decisions by {@code appeal_fact_decided}. Call inside a session.
 */
@ApplicationScoped
public class QaOperationsQuery {

    private static final String EVALUATORS = """
            with done as (
              select evaluator_id as id, sum(evaluations) as n, sum(appeals) as appeals from evaluator_day
              where day >= :start and day < :end and evaluator_id <> '' group by evaluator_id),
            decided as (
              select e.evaluator_id as id, count(*) as n, count(*) filter (where a.decision = 'UPHELD') as upheld
              from appeal_fact a join evaluation_fact e on e.evaluation_id = a.evaluation_id and e.latest
              where a.decided_at >= :from and a.decided_at < :to group by e.evaluator_id),
            people as (
              select person_id as id from qa_plan_target_fact where month = :month union select id from done)
            select p.id, t.target, d.n, d.appeals, x.n, x.upheld,
              c.calibration_id::text, (extract(epoch from c.closed_at) * 1000)::bigint, c.deviation,
              c.allowed_deviation, c.flagged
            from people p
            left join qa_plan_target_fact t on t.month = :month and t.person_id = p.id
            left join done d on d.id = p.id
            left join decided x on x.id = p.id
            left join lateral (select * from calibration_fact c where c.evaluator_id = p.id and c.closed_at < :to
                               order by c.closed_at desc limit 1) c on true
            where :person = '' or p.id = :person
            order by p.id""";

    private static final String APPEALS = """
            select
              (select coalesce(sum(evaluations), 0) from evaluator_day where day >= :start and day < :end),
              (select coalesce(sum(appeals), 0) from evaluator_day where day >= :start and day < :end),
              count(*), count(*) filter (where decision = 'UPHELD'),
              avg(extract(epoch from decided_at - filed_at) / 3600) filter (where filed_at is not null),
              percentile_cont(0.5) within group (order by extract(epoch from decided_at - filed_at) / 3600)
                filter (where filed_at is not null),
              (select count(*) from qa_plan_fact where month = :month)
            from appeal_fact where decided_at >= :from and decided_at < :to""";

    /** Everyone's rows, or only {@code personId}'s when given. */
    public Uni<List<EvaluatorRow>> evaluators(YearMonth month, ZoneId zone, String personId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(EVALUATORS, Object[].class)
                .setParameter("month", month.toString())
                .setParameter("start", month.atDay(1))
                .setParameter("end", month.plusMonths(1).atDay(1))
                .setParameter("from", start(month, zone))
                .setParameter("to", start(month.plusMonths(1), zone))
                .setParameter("person", personId == null ? "" : personId)
                .getResultList())
                .map(rows -> rows.stream().map(QaOperationsQuery::row).toList());
    }

    /** The center's appeals of the month, and whether a plan was set (the last column). */
    public Uni<Object[]> appeals(YearMonth month, ZoneId zone) {
        return Panache.getSession().chain(s -> s.createNativeQuery(APPEALS, Object[].class)
                .setParameter("month", month.toString())
                .setParameter("start", month.atDay(1))
                .setParameter("end", month.plusMonths(1).atDay(1))
                .setParameter("from", start(month, zone))
                .setParameter("to", start(month.plusMonths(1), zone))
                .getSingleResult());
    }

    static Appeals appealsOf(Object[] r) {
        return Appeals.of(Rows.count(r[0]), Rows.count(r[1]), Rows.count(r[2]), Rows.count(r[3]), Rows.real(r[4]),
                Rows.real(r[5]));
    }

    static boolean planSet(Object[] r) {
        return Rows.count(r[6]) > 0;
    }

    private static EvaluatorRow row(Object[] r) {
        Integer target = r[1] == null ? null : (int) Rows.count(r[1]);
        long done = Rows.count(r[2]);
        Calibration calibration = r[6] == null ? null : new Calibration((String) r[6],
                Instant.ofEpochMilli(Rows.count(r[7])), Rows.decimal(r[8]), Rows.decimal(r[9]), (Boolean) r[10]);
        return new EvaluatorRow((String) r[0], target, done, completion(done, target), calibration,
                Appeals.of(done, Rows.count(r[3]), Rows.count(r[4]), Rows.count(r[5]), null, null));
    }

    /** done ÷ target × 100, one decimal; null without a target (or a target of 0). */
    static BigDecimal completion(long done, Integer target) {
        return target == null || target == 0 ? null
                : BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
