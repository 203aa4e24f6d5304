package io.callqa.feedback.items;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.feedback.evaluations.EvaluationListener;
import io.callqa.kit.persistence.Entities;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Makes every released evaluation a feedback item for its agent, and moves the item to a revision when one comes
 * (waiting for a new acknowledgement). Runs right after the QA file.
 */
@ApplicationScoped
public class FeedbackItems implements EvaluationListener {

    /** One evaluation's newest version in a batch. */
    private record Received(UUID evaluationId, int version, String agentId, String teamId, String callId,
            Instant releasedAt) {
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Uni<Void> on(List<EvaluationEvent> events) {
        Map<UUID, Received> newest = new LinkedHashMap<>();
        for (EvaluationEvent event : events) {
            Received r = received(event);
            if (r != null) {
                newest.merge(r.evaluationId, r, (a, b) -> b.version > a.version ? b : a);
            }
        }
        if (newest.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // locked: an agent acknowledging the item at the same moment waits instead of failing this batch
        return FeedbackItem.<FeedbackItem>find("evaluationId in ?1", List.copyOf(newest.keySet()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .map(stored -> stored.stream().collect(Collectors.toMap(i -> i.evaluationId, i -> i)))
                .chain(stored -> Entities.persistAll(newest.values().stream()
                        .map(r -> apply(stored.get(r.evaluationId), r)).filter(i -> i != null).toList()))
                .chain(Panache::flush);
    }

    private static Received received(EvaluationEvent event) {
        if (event instanceof EvaluationReleased e && e.agentId() != null) {
            return new Received(e.evaluationId(), e.version(), e.agentId(), e.teamId(), e.callId(), e.releasedAt());
        }
        if (event instanceof EvaluationRevised e && e.agentId() != null) {
            return new Received(e.evaluationId(), e.version(), e.agentId(), e.teamId(), e.callId(), e.releasedAt());
        }
        return null;
    }

    /** A new item to persist, or null when the stored one was updated in place (or is already newer). */
    private static FeedbackItem apply(FeedbackItem stored, Received r) {
        if (stored == null) {
            FeedbackItem item = new FeedbackItem();
            item.id = UUID.randomUUID();
            item.evaluationId = r.evaluationId;
            item.evaluationVersion = r.version;
            item.agentId = r.agentId;
            item.teamId = r.teamId;
            item.callId = r.callId;
            item.releasedAt = r.releasedAt;
            item.firstReleasedAt = r.releasedAt;
            return item;
        }
        if (r.version > stored.evaluationVersion) {
            stored.evaluationVersion = r.version;
            stored.releasedAt = r.releasedAt;
            stored.teamId = r.teamId;
            stored.acknowledgedAt = null;
            stored.acknowledgedBy = null;
        }
        return null;
    }
}
