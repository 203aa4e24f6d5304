package io.callqa.reporting.scorecards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.reactive.mutiny.Mutiny.SelectionQuery;

import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scorecards' figures, aggregated in SQL over the latest evaluation versions of the period and the one before
 * it (one scan of the {@code agent_id}/{@code day} or {@code team_id}/{@code day} index over both periods).
 */
@ApplicationScoped
public class ScorecardQueries {

    private static final String FIGURES = """
            count(*) filter (where day >= ?2), avg(total_score) filter (where day >= ?2),
            min(total_score) filter (where day >= ?2), count(*) filter (where day >= ?2 and critical_failed),
            stddev_samp(total_score) filter (where day >= ?2), avg(total_score) filter (where day < ?2)
            from evaluation_fact
            where latest and %s = ?1 and day >= ?3 and day < ?4""";

    private static final String ROSTER =
            "select agent_id from agent_fact where team_id = ?1 and active order by agent_id";

    /** All evaluations of one agent in the period, whichever team they were made in. */
    public Uni<Summary> agent(String agentId, Period period) {
        return single("select " + FIGURES.formatted("agent_id"), agentId, period);
    }

    /** The evaluations made in the team in the period. */
    public Uni<Summary> team(String teamId, Period period) {
        return single("select " + FIGURES.formatted("team_id"), teamId, period);
    }

    /**
     * Each agent of the team: those the roster has in it (active) and those evaluated in it in either period, with
     * the figures of the evaluations made in the team, by agent id.
     */
    public Uni<Map<String, Summary>> agentsOf(String teamId, Period period) {
        String sql = "select agent_id, " + FIGURES.formatted("team_id") + " group by agent_id";
        return Panache.getSession().chain(s -> bind(s.createNativeQuery(sql, Object[].class), teamId, period)
                .getResultList()
                .chain(rows -> s.createNativeQuery(ROSTER, String.class).setParameter(1, teamId).getResultList()
                        .map(roster -> merge(rows, roster))));
    }

    private static Map<String, Summary> merge(List<Object[]> rows, List<String> roster) {
        Map<String, Summary> agents = new LinkedHashMap<>();
        roster.forEach(a -> agents.put(a, Summary.NONE));
        rows.forEach(r -> agents.put((String) r[0], Summary.of(r, 1)));
        return agents;
    }

    private Uni<Summary> single(String sql, String id, Period period) {
        return Panache.getSession().chain(s -> bind(s.createNativeQuery(sql, Object[].class), id, period)
                .getSingleResult())
                .map(row -> Summary.of(row, 0));
    }

    private static <T> SelectionQuery<T> bind(SelectionQuery<T> query, String id, Period period) {
        Period previous = period.previous();
        return query.setParameter(1, id).setParameter(2, period.start()).setParameter(3, previous.start())
                .setParameter(4, period.end());
    }
}
