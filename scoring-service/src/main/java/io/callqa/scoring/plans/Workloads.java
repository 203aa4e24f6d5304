package io.callqa.scoring.plans;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A month's plan with each person's figures: done = tasks they completed in the month, open = tasks assigned to
 * them and not done, overdue = those of them past due. Call inside a session.
 */
@ApplicationScoped
public class Workloads {

    private static final String FIGURES = """
            select p.person_id, p.target,
              (select count(*) from task t where t.done_by = p.person_id and t.done_at >= :start and t.done_at < :end),
              (select count(*) from task t where t.assignee = p.person_id and t.status = 'OPEN'),
              (select count(*) from task t where t.assignee = p.person_id and t.status = 'OPEN' and t.due_at < :now)
            from qa_plan p where p.month = :month order by p.person_id""";

    public Uni<List<PlanProgress>> of(MonthKey month, ZoneId zone, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FIGURES, Object[].class)
                .setParameter("start", month.start(zone))
                .setParameter("end", month.end(zone))
                .setParameter("now", now)
                .setParameter("month", month.toString())
                .getResultList())
                .map(rows -> rows.stream().map(Workloads::progress).toList());
    }

    private static PlanProgress progress(Object[] row) {
        return PlanProgress.of((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue());
    }
}
