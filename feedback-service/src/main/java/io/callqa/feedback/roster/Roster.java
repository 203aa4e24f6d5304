package io.callqa.feedback.roster;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.callqa.events.AgentUpdated;
import io.callqa.events.RosterEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who the agents are and which team they are in now, as {@code qa.roster.v1} last said. Other features ask it for
 * an agent's team when their own event does not carry it (a complaint knows only the agent). Must run inside a
 * Hibernate Reactive session.
 */
@ApplicationScoped
public class Roster {

    /** Keeps only a newer view: a redelivered or older event never overwrites the latest one. */
    private static final String UPSERT = """
            insert into agent_roster (agent_id, name, team_id, supervisor_id, active, updated_at)
            values (:agentId, :name, :teamId, :supervisorId, :active, :updatedAt)
            on conflict (agent_id) do update set name = excluded.name, team_id = excluded.team_id,
                supervisor_id = excluded.supervisor_id, active = excluded.active, updated_at = excluded.updated_at
            where agent_roster.updated_at <= excluded.updated_at""";

    /** The agent's roster entry, or null when the roster never named them. */
    public Uni<RosterEntry> find(String agentId) {
        return agentId == null ? Uni.createFrom().nullItem() : RosterEntry.findById(agentId);
    }

    /** The agent's current team, or null when unknown. */
    public Uni<String> teamOf(String agentId) {
        return find(agentId).map(e -> e == null ? null : e.teamId);
    }

    /** The current team of each known agent among {@code agentIds} (unknown agents are left out). */
    public Uni<Map<String, String>> teamsOf(Collection<String> agentIds) {
        List<String> ids = agentIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return RosterEntry.<RosterEntry>list("agentId in ?1", ids).map(entries -> {
            Map<String, String> teams = new HashMap<>();
            entries.stream().filter(e -> e.teamId != null).forEach(e -> teams.put(e.agentId, e.teamId));
            return teams;
        });
    }

    /** The active agents of a team. */
    public Uni<List<RosterEntry>> team(String teamId) {
        return RosterEntry.list("teamId = ?1 and active = true order by agentId", teamId);
    }

    /** Applies roster events in the caller's transaction: per agent the newest by {@code occurredAt} wins. */
    public Uni<Void> apply(List<RosterEvent> events) {
        Map<String, AgentUpdated> latest = new LinkedHashMap<>();
        events.stream().filter(AgentUpdated.class::isInstance).map(AgentUpdated.class::cast)
                .forEach(e -> latest.merge(e.agentId(), e, (a, b) -> b.occurredAt().isBefore(a.occurredAt()) ? a : b));
        return Multi.createFrom().iterable(latest.values())
                .onItem().transformToUniAndConcatenate(this::upsert)
                .collect().last().replaceWithVoid();
    }

    private Uni<Integer> upsert(AgentUpdated e) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter("agentId", e.agentId())
                .setParameter("name", e.name())
                .setParameter("teamId", e.teamId())
                .setParameter("supervisorId", e.supervisorId())
                .setParameter("active", e.active())
                .setParameter("updatedAt", e.occurredAt())
                .executeUpdate());
    }
}
