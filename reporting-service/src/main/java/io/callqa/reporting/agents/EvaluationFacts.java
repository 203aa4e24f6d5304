package io.callqa.reporting.agents;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records each released evaluation (each version once) for the reports, in the batch's transaction, and once
 * that is committed counts it in the business metrics {@code qa.evaluations.released} and
 * {@code qa.evaluation.score} (tagged by team).
 */
@ApplicationScoped
public class EvaluationFacts {

    private final CenterConfig center;
    private final MeterRegistry registry;

    public EvaluationFacts(CenterConfig center, MeterRegistry registry) {
        this.center = center;
        this.registry = registry;
    }

    public Uni<Void> record(List<EvaluationEvent> events) {
        List<EvaluationFact> facts = events.stream()
                .filter(EvaluationReleased.class::isInstance)
                .map(e -> EvaluationFact.of((EvaluationReleased) e, center.zone()))
                .collect(Collectors.toMap(EvaluationFact::key, f -> f, (a, b) -> a))
                .values().stream().toList();
        return EvaluationFact.<EvaluationFact>list("evaluationId in ?1", facts.stream().map(f -> f.evaluationId).toList())
                .map(stored -> stored.stream().map(EvaluationFact::key).collect(Collectors.toSet()))
                .map(known -> unknown(facts, known))
                .invoke(recorded -> Transactions.afterCommit(() -> count(recorded)))
                .chain(Entities::persistAll);
    }

    private static List<EvaluationFact> unknown(List<EvaluationFact> facts, Set<EvaluationFact.Key> known) {
        return facts.stream().filter(f -> !known.contains(f.key())).toList();
    }

    private void count(List<EvaluationFact> recorded) {
        for (EvaluationFact fact : recorded) {
            String team = fact.teamId == null ? "none" : fact.teamId;
            registry.counter("qa.evaluations.released", "team", team).increment();
            DistributionSummary.builder("qa.evaluation.score").description("total scores of released evaluations")
                    .tag("team", team).register(registry).record(fact.totalScore.doubleValue());
        }
    }
}
