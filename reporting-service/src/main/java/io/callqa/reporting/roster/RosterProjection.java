package io.callqa.reporting.roster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callqa.events.AgentUpdated;
import io.callqa.events.RosterEvent;
import io.callqa.events.Topics;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Projection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code qa.roster.v1} → {@code agent_fact}: each agent's newest roster entry (by the event's time). */
@ApplicationScoped
public class RosterProjection implements Projection<RosterEvent> {

    private static final String UPSERT = """
            insert into agent_fact as a (agent_id, name, team_id, supervisor_id, hire_date, active, updated_at)
            select r.agent_id, r.name, r.team_id, r.supervisor_id, r.hire_date, r.active, r.updated_at
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(agent_id text, name text, team_id text,
                 supervisor_id text, hire_date date, active boolean, updated_at timestamptz)
            on conflict (agent_id) do update set name = excluded.name, team_id = excluded.team_id,
                supervisor_id = excluded.supervisor_id, hire_date = excluded.hire_date, active = excluded.active,
                updated_at = excluded.updated_at
            where excluded.updated_at >= a.updated_at""";

    @Override
    public String topic() {
        return Topics.ROSTER;
    }

    @Override
    public Class<RosterEvent> family() {
        return RosterEvent.class;
    }

    @Override
    public String name() {
        return "report-roster";
    }

    @Override
    public Uni<Void> apply(List<RosterEvent> events) {
        Map<String, AgentUpdated> newest = new LinkedHashMap<>();
        for (RosterEvent event : events) {
            AgentUpdated a = (AgentUpdated) event;
            newest.merge(a.agentId(), a, (old, next) -> next.occurredAt().isBefore(old.occurredAt()) ? old : next);
        }
        if (newest.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> rows = newest.values().stream().map(a -> NativeSql.row("agent_id", a.agentId(),
                "name", a.name(), "team_id", a.teamId(), "supervisor_id", a.supervisorId(), "hire_date", a.hireDate(),
                "active", a.active(), "updated_at", a.occurredAt())).toList();
        return NativeSql.update(UPSERT, Map.of("rows", NativeSql.json(rows))).replaceWithVoid();
    }
}
