package io.callqa.reporting.qateam;

import static io.callqa.reporting.bulletin.SqlValues.date;
import static io.callqa.reporting.bulletin.SqlValues.instant;
import static io.callqa.reporting.bulletin.SqlValues.number;
import static io.callqa.reporting.bulletin.SqlValues.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callqa.reporting.bulletin.BulletinWeeks;
import io.callqa.reporting.qateam.QaTeamAppraisal.GroupComplaint;
import io.callqa.reporting.qateam.QaTeamAppraisal.WeekBulletin;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads what the QA team's appraisal of a month needs: the plan, the kept bulletins and the GROUP_LEVEL complaints. */
@ApplicationScoped
public class QaTeamFacts {

    private static final String PLAN = "select count(*) from qa_plan_fact where month = ?1";
    private static final String BULLETINS = """
            select week_start, first_generated_at from bulletin where week_start >= ?1 and week_start <= ?2""";
    private static final String COMPLAINTS = """
            select c.complaint_id, c.day, e.evaluation_id::text, e.critical_failed, e.problem_found
            from complaint_fact c
            left join lateral (select evaluation_id, critical_failed, problem_found from evaluation_fact
                               where latest and call_id = c.call_id
                               order by day desc, released_at desc, evaluation_id limit 1) e on true
            where c.severity = 'GROUP_LEVEL' and c.day >= ?1 and c.day < ?2
            order by c.received_at, c.complaint_id""";

    public Uni<Boolean> planSet(YearMonth month) {
        return Panache.getSession().chain(s -> s.createNativeQuery(PLAN, Object.class)
                .setParameter(1, month.toString()).getSingleResult()).map(n -> number(n) > 0);
    }

    public Uni<List<WeekBulletin>> bulletins(YearMonth month, BulletinWeeks weeks) {
        List<LocalDate> mondays = QaTeamAppraisal.weeksOf(month);
        return Panache.getSession().chain(s -> s.createNativeQuery(BULLETINS, Object[].class)
                .setParameter(1, mondays.get(0)).setParameter(2, mondays.get(mondays.size() - 1)).getResultList())
                .map(rows -> {
                    Map<LocalDate, Instant> first = new HashMap<>();
                    rows.forEach(r -> first.put(date(r[0]), instant(r[1])));
                    return mondays.stream().map(m -> new WeekBulletin(m, weeks.due(m), first.get(m))).toList();
                });
    }

    public Uni<List<GroupComplaint>> groupComplaints(YearMonth month) {
        return Panache.getSession().chain(s -> s.createNativeQuery(COMPLAINTS, Object[].class)
                .setParameter(1, month.atDay(1)).setParameter(2, month.plusMonths(1).atDay(1)).getResultList())
                .map(rows -> rows.stream().map(r -> new GroupComplaint(text(r[0]), date(r[1]), text(r[2]),
                        (Boolean) r[3], (Boolean) r[4])).toList());
    }
}
