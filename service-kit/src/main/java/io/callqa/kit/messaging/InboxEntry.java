package io.callqa.kit.messaging;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An event a consumer has processed; a redelivery finds it here and changes nothing. */
@Entity
@Table(name = "inbox")
@IdClass(InboxEntry.Key.class)
public class InboxEntry extends PanacheEntityBase {

    @Id
    public String consumer;

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    public record Key(String consumer, UUID eventId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
