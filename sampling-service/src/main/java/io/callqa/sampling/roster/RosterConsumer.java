package io.callqa.sampling.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.AgentUpdated;
import io.callqa.events.RosterEvent;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.roster.v1} → the agent table: the latest {@code AgentUpdated} per agent wins. Gives calls without a
 * team their team, and NEW_HIRE the hire date, as known when a call arrives.
 */
@ApplicationScoped
public class RosterConsumer {

    private static final String UPSERT = """
            insert into agent (agent_id, name, team_id, hire_date, active, updated_at)
            select * from json_to_recordset(cast(cast(:rows as text) as json)) as r(agent_id text, name text, team_id text,
                hire_date date, active boolean, updated_at timestamptz)
            on conflict (agent_id) do update set name = excluded.name, team_id = excluded.team_id,
                hire_date = excluded.hire_date, active = excluded.active, updated_at = excluded.updated_at
            where agent.updated_at < excluded.updated_at""";

    private final EventBatchConsumer batches;

    public RosterConsumer(EventBatchConsumer batches) {
        this.batches = batches;
    }

    record Row(String agentId, String name, String teamId, LocalDate hireDate, boolean active,
            Instant updatedAt) {
    }

    @Incoming("roster")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, RosterEvent.class, "roster", this::store);
    }

    private Uni<Void> store(List<RosterEvent> events) {
        Map<String, AgentUpdated> latest = events.stream().map(AgentUpdated.class::cast)
                .sorted(Comparator.comparing(AgentUpdated::occurredAt))
                .collect(Collectors.toMap(AgentUpdated::agentId, Function.identity(), (a, b) -> b, LinkedHashMap::new));
        List<Row> rows = latest.values().stream().map(a -> new Row(a.agentId(), a.name(), a.teamId(), a.hireDate(),
                a.active(), a.occurredAt())).toList();
        return Sql.update(UPSERT, "rows", Sql.json(rows)).replaceWithVoid();
    }
}
