package io.callqa.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The roster's current view of one agent (an upsert: the latest event per agent is the truth). {@code hireDate}
 * is a local date in the center's zone; day 1 of a new hire's window (新员工).
 */
public record AgentUpdated(
        UUID eventId,
        Instant occurredAt,
        String agentId,
        String name,
        String teamId,
        String supervisorId,
        LocalDate hireDate,
        boolean active) implements RosterEvent {

    @Override
    public String key() {
        return agentId;
    }
}
