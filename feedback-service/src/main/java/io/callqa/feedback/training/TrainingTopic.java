package io.callqa.feedback.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.kit.persistence.UuidListColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team training topic, raised once per team, month and item, with the figures at the time it was raised. */
@Entity
@Table(name = "training_topic")
public class TrainingTopic extends PanacheEntityBase {

    @Id
    @Column(name = "topic_id")
    public UUID topicId;
    @Column(name = "team_id")
    public String teamId;
    public String month;
    @Column(name = "item_id")
    public String itemId;
    public BigDecimal share;
    public int agents;
    @Column(name = "agents_total")
    public int agentsTotal;
    public int deductions;
    @Convert(converter = UuidListColumn.class)
    public List<UUID> evidence = new ArrayList<>();
    @Column(name = "raised_at")
    public Instant raisedAt;
}
