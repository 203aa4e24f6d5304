package io.callqa.feedback.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records a knowledge gap for each item of a released evaluation that was deducted for a knowledge-base reason
 * ({@code qa.feedback.knowledge-gaps.reasons}), once per evaluation and item however often it is delivered, in the
 * batch's transaction. Revisions are passed over: a gap, once seen, is the knowledge-base owner's to resolve.
 */
@ApplicationScoped
public class EvaluationGaps {

    private final KnowledgeGapsConfig config;
    private final MeterRegistry registry;

    public EvaluationGaps(KnowledgeGapsConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    public Uni<Void> record(List<EvaluationEvent> events) {
        List<KnowledgeGap> found = new ArrayList<>();
        for (EvaluationEvent event : events) {
            if (event instanceof EvaluationReleased e) {
                e.items().stream().filter(this::revealsGap).forEach(item -> found.add(KnowledgeGap.ofItem(
                        e.evaluationId(), e.version(), e.callId(), e.agentId(), e.teamId(), e.releasedAt(), item)));
            }
        }
        if (found.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return KnowledgeGap.<KnowledgeGap>list("evaluationId in ?1", found.stream().map(g -> g.evaluationId).toList())
                .chain(stored -> {
                    Set<String> known = new HashSet<>();
                    stored.forEach(g -> known.add(g.evaluationId + "/" + g.itemId));
                    List<KnowledgeGap> fresh = found.stream().filter(g -> known.add(g.evaluationId + "/" + g.itemId))
                            .toList();
                    Transactions.afterCommit(() -> registry.counter("qa.feedback.knowledge_gaps.recorded",
                            "source", KnowledgeGap.Source.EVALUATION.name()).increment(fresh.size()));
                    return Entities.persistAll(fresh);
                });
    }

    /** Deducted (applicable, with a reason) for one of the knowledge-base reasons. */
    boolean revealsGap(ItemResult item) {
        return !item.na() && item.reason() != null && config.reasons().contains(item.reason());
    }
}
