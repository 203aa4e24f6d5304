package io.callqa.reporting.scorecards;

import io.callqa.reporting.periods.Period;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The team an agent belongs to for a period's report: the team of their newest evaluation in the period, else the
 * roster's team, else the team of their newest evaluation before the period; null when none is known.
 */
@ApplicationScoped
public class AgentTeams {

    private static final String SQL = """
            select coalesce(
                (select team_id from evaluation_fact where latest and agent_id = ?1 and day >= ?2 and day < ?3
                    and team_id is not null order by day desc, released_at desc limit 1),
                (select team_id from agent_fact where agent_id = ?1),
                (select team_id from evaluation_fact where latest and agent_id = ?1 and day < ?2
                    and team_id is not null order by day desc, released_at desc limit 1))""";

    public Uni<String> teamOf(String agentId, Period period) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SQL, String.class).setParameter(1, agentId)
                .setParameter(2, period.start()).setParameter(3, period.end()).getSingleResultOrNull());
    }
}
