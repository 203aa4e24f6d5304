package io.callqa.feedback.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.callqa.events.EvaluationEvent;
import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the nomination list up to date with released and revised evaluations, in the batch's transaction:
 * <ul>
 * <li>an evaluation that {@link Qualification qualifies} and has no nomination is nominated (once: the nomination
 * is unique per evaluation, and an event for a version already seen changes nothing);</li>
 * <li>a newer version of a PENDING nomination replaces the figures it waits on, or withdraws it (WITHDRAWN) when it
 * no longer qualifies, e.g. a correction dropped it below the threshold; a WITHDRAWN one that qualifies again
 * waits again;</li>
 * <li>an APPROVED or REJECTED nomination stays decided.</li>
 * </ul>
 */
@ApplicationScoped
public class Nominator {

    private final LibraryConfig config;
    private final MeterRegistry registry;

    public Nominator(LibraryConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    public Uni<Void> on(List<EvaluationEvent> events) {
        List<ScoredEvaluation> scored = events.stream().map(ScoredEvaluation::of).flatMap(Optional::stream).toList();
        if (scored.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = scored.stream().map(ScoredEvaluation::evaluationId).distinct().toList();
        return Nomination.<Nomination>list("evaluationId in ?1", ids).chain(stored -> {
            Map<UUID, Nomination> known = new HashMap<>();
            stored.forEach(n -> known.put(n.evaluationId, n));
            List<Nomination> fresh = new ArrayList<>();
            scored.forEach(e -> apply(e, known, fresh));
            return Entities.persistAll(fresh);
        });
    }

    private void apply(ScoredEvaluation e, Map<UUID, Nomination> known, List<Nomination> fresh) {
        Optional<Qualification.Source> source = Qualification.of(e, config.autoNominateAt());
        Nomination n = known.get(e.evaluationId());
        if (n == null) {
            source.ifPresent(s -> {
                Nomination made = Nomination.of(e, s);
                known.put(e.evaluationId(), made);
                fresh.add(made);
                count("qa.feedback.library.nominated", "source", s.name());
            });
        } else if (e.version() > n.evaluationVersion
                && (n.is(Nomination.Status.PENDING) || n.is(Nomination.Status.WITHDRAWN))) {
            revise(n, e, source);
        }
    }

    private void revise(Nomination n, ScoredEvaluation e, Optional<Qualification.Source> source) {
        if (source.isPresent()) {
            n.pending(e, source.get());
        } else if (n.is(Nomination.Status.PENDING)) {
            n.withdraw(e);
            count("qa.feedback.library.withdrawn", null, null);
        } else {
            n.evaluationVersion = e.version();
        }
    }

    private void count(String name, String tag, String value) {
        Transactions.afterCommit(() -> (tag == null ? registry.counter(name) : registry.counter(name, tag, value))
                .increment());
    }
}
