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
 * The scorecards' figures, summed in SQL from {@code evaluation_day} (the latest versions per day, team and agent)
 * over the period and the one before it, in one scan of its {@code agent_id}/{@code day} or {@code team_id}/{@code
 * day} index. The standard deviation is the sample one, from the sums of scores and of their squares.
 */
@ApplicationScoped
public class ScorecardQueries {

    /** %1$s: the key column and its value ?1; %2$s: the leading columns (and their grouping) of the statement. */
    private static final String FIGURES = """
            select %2$s coalesce(n, 0), s / n, m, coalesce(c, 0),
              case when n > 1 then sqrt(greatest((n * q - s * s) / (n * (n - 1)), 0)) end, ps / pn
            from (select %2$s
                    sum(evaluations) filter (where day >= ?2) as n, sum(score_sum) filter (where day >= ?2) as s,
                    sum(score_squares) filter (where day >= ?2) as q, min(score_min) filter (where day >= ?2) as m,
                    sum(critical_failures) filter (where day >= ?2) as c,
                    sum(score_sum) filter (where day < ?2) as ps, sum(evaluations) filter (where day < ?2) as pn
                  from evaluation_day
                  where %1$s = ?1 and day >= ?3 and day < ?4 %3$s) t""";

    private static final String ROSTER =
            "select agent_id from agent_fact where team_id = ?1 and active order by agent_id";

    /** All evaluations of one agent in the period, whichever team they were made in. */
    public Uni<Summary> agent(String agentId, Period period) {
        return single(FIGURES.formatted("agent_id", "", ""), agentId, period);
    }

    /** The evaluations made in the team in the period. */
    public Uni<Summary> team(String teamId, Period period) {
        return single(FIGURES.formatted("team_id", "", ""), teamId, period);
    }

    /**
     * Each agent of the team: those the roster has in it (active) and those evaluated in it in either period, with
     * the figures of the evaluations made in the team, by agent id.
     */
    public Uni<Map<String, Summary>> agentsOf(String teamId, Period period) {
        String sql = FIGURES.formatted("team_id", "agent_id,", "group by agent_id");
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
