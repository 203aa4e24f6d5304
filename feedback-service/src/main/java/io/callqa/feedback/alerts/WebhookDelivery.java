package io.callqa.feedback.alerts;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One alert for one webhook target: queued with the alert, then attempted until DELIVERED or FAILED. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "alert_id")
    public long alertId;
    public String target;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    static WebhookDelivery queue(long alertId, String target, Instant now) {
        WebhookDelivery d = new WebhookDelivery();
        d.alertId = alertId;
        d.target = target;
        d.status = Status.PENDING.name();
        d.attempts = 0;
        d.nextAttemptAt = now;
        d.createdAt = now;
        d.updatedAt = now;
        return d;
    }
}
