package io.callqa.reporting.complaintsummary;

import static io.callqa.reporting.bulletin.SqlValues.decimal;
import static io.callqa.reporting.bulletin.SqlValues.flag;
import static io.callqa.reporting.bulletin.SqlValues.instant;
import static io.callqa.reporting.bulletin.SqlValues.integer;
import static io.callqa.reporting.bulletin.SqlValues.text;

import java.util.List;

import io.callqa.reporting.bulletin.Masks;
import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The complaints received in a period with what the reports know of them: the agent's name and team from the roster
 * (else the team of the call's evaluation or sample), the call's talk time from the call record (else the sample),
 * and the call's newest evaluation (newest version; the evaluation first released last).
 */
@ApplicationScoped
public class ComplaintRows {

    private static final String SQL = """
            select c.complaint_id, c.call_id, c.received_at, c.severity, c.category, c.agent_id, a.name,
                   coalesce(a.team_id, e.team_id, s.team_id), coalesce(cc.talk_seconds, s.talk_seconds), c.summary,
                   e.evaluation_id::text, e.total_score, e.critical_failed, e.problem_found, e.comment
            from complaint_fact c
            left join agent_fact a on a.agent_id = c.agent_id
            left join caller_call cc on cc.call_id = c.call_id
            left join lateral (select talk_seconds, team_id from sample_fact where call_id = c.call_id
                               order by selected_at desc limit 1) s on true
            left join lateral (select evaluation_id, team_id, total_score, critical_failed, problem_found, comment
                               from evaluation_fact where latest and call_id = c.call_id
                               order by day desc, released_at desc, evaluation_id limit 1) e on true
            where c.day >= ?1 and c.day < ?2
            order by c.received_at, c.complaint_id""";

    public Uni<List<ComplaintRow>> of(Period period) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SQL, Object[].class)
                .setParameter(1, period.start()).setParameter(2, period.end()).getResultList())
                .map(rows -> rows.stream().map(ComplaintRows::row).toList());
    }

    private static ComplaintRow row(Object[] r) {
        Integer seconds = integer(r[8]);
        ComplaintRow.Handling handling = r[10] == null ? ComplaintRow.Handling.none()
                : ComplaintRow.Handling.of(text(r[10]), decimal(r[11]), flag(r[12]), flag(r[13]));
        return new ComplaintRow(text(r[0]), text(r[1]), instant(r[2]), text(r[3]), text(r[4]), text(r[5]),
                text(r[6]), text(r[7]), seconds, seconds == null ? null : Masks.minutesSeconds(seconds.longValue()),
                Masks.mask(text(r[9])), handling, Masks.mask(text(r[14])));
    }
}
