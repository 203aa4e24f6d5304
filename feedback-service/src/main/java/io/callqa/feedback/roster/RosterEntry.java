package io.callqa.feedback.roster;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The roster's latest view of one agent, from the newest {@code AgentUpdated} (by its {@code occurredAt}). */
@Entity
@Table(name = "agent_roster")
public class RosterEntry extends PanacheEntityBase {

    @Id
    @Column(name = "agent_id")
    public String agentId;
    public String name;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "supervisor_id")
    public String supervisorId;
    public boolean active;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
