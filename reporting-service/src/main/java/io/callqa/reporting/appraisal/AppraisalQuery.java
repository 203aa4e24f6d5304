package io.callqa.reporting.appraisal;

import java.util.List;

import io.callqa.reporting.figures.Rows;
import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sums each agent's quarter in SQL: calls from {@code call_month} (a quarter is three whole months), evaluations
 * (newest versions) from {@code evaluation_month}, complaints from {@code complaint_fact} (one scan); names from
 * {@code agent_fact}. With a team, only what was recorded in that team counts. Call inside a session.
 */
@ApplicationScoped
public class AppraisalQuery {

    private static final String FIGURES = """
            with calls as (
              select agent_id, sum(answered) answered, sum(handle_seconds) handle, sum(wait_seconds) wait,
                sum(repeated) repeated, sum(csat_sum) csat_sum, sum(csat_count) csat_count
              from call_month
              where month >= :start and month < :end and agent_id <> '' and (:team = '' or team_id = :team)
              group by agent_id),
            evals as (
              select agent_id, sum(evaluations) n, sum(score_sum) / sum(evaluations) average,
                sum(critical_failures) critical
              from evaluation_month
              where month >= :start and month < :end and (:team = '' or team_id = :team)
              group by agent_id),
            complaints as (
              select agent_id, count(*) n from complaint_fact
              where day >= :start and day < :end and agent_id is not null
              group by agent_id),
            agents as (select agent_id from calls union select agent_id from evals)
            select a.agent_id, f.name, c.answered, c.handle, c.wait, c.repeated, c.csat_sum, c.csat_count,
              e.n, e.average, e.critical, k.n
            from agents a
            left join calls c on c.agent_id = a.agent_id
            left join evals e on e.agent_id = a.agent_id
            left join complaints k on k.agent_id = a.agent_id
            left join agent_fact f on f.agent_id = a.agent_id
            order by a.agent_id""";

    public Uni<List<AgentFigures>> of(Period period, String teamId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FIGURES, Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("team", teamId == null ? "" : teamId)
                .getResultList())
                .map(rows -> rows.stream().map(AppraisalQuery::figures).toList());
    }

    private static AgentFigures figures(Object[] r) {
        return new AgentFigures((String) r[0], (String) r[1], Rows.count(r[2]), Rows.count(r[3]), Rows.count(r[4]),
                Rows.count(r[5]), Rows.count(r[6]), Rows.count(r[7]), Rows.count(r[8]), Rows.decimal(r[9]),
                Rows.count(r[10]), Rows.count(r[11]));
    }
}
