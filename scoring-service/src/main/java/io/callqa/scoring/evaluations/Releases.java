package io.callqa.scoring.evaluations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationRevised;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.persistence.Transactions;
import io.callqa.scoring.scorecards.Scorecard;
import io.callqa.scoring.tasks.Task;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Releases an evaluation, or a revised version of a released one: the state, an unchangeable snapshot of the
 * version and its event in the outbox, all in the caller's transaction. The relay publishes the event after the
 * commit, so a crash between the two loses nothing and publishes nothing that was not stored.
 */
@ApplicationScoped
public class Releases {

    private final Outbox outbox;
    private final AuditTrail audit;
    private final ScoringConfig config;
    private final MeterRegistry registry;
    private final Clock clock;

    public Releases(Outbox outbox, AuditTrail audit, ScoringConfig config, MeterRegistry registry, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    /** RELEASED, published as {@code EvaluationReleased}. */
    public Uni<Void> release(Evaluation e, String actor) {
        String from = e.status;
        return Task.<Task>findById(e.taskId).chain(task -> {
            // a rule may have picked the call again since the draft was started (a re-check after coaching): the
            // release carries every reason the sample has now
            if (task != null) {
                e.reasons = new ArrayList<>(task.reasons);
            }
            e.status = Evaluation.Status.RELEASED.name();
            e.reviewLevel = 0;
            e.releasedAt = clock.instant();
            return publish(e, e.released(UUID.randomUUID()), "RELEASE");
        })
                .chain(() -> audit.record(e, actor, "RELEASE", from, null, List.of()))
                .invoke(() -> Transactions.afterCommit(() -> registry.counter("qa.evaluations.scored",
                        "problem_found", String.valueOf(e.problemFound)).increment()));
    }

    /** A new version scored with {@code verdicts} on the evaluation's own scorecard version, as {@code EvaluationRevised}. */
    public Uni<Void> revise(Evaluation e, Scorecard card, List<ItemScore> verdicts, Evaluation.Revision revision) {
        var before = e.items;
        var totalBefore = e.totalScore;
        String from = e.status;
        Instant now = clock.instant();
        e.score(ScoreCalculator.score(card, verdicts), e.flags(), e.comment, config.passMark());
        e.version++;
        e.status = Evaluation.Status.REVISED.name();
        e.releasedAt = now;
        EvaluationRevised event = e.revised(UUID.randomUUID(), now, revision);
        return publish(e, event, revision.cause().name())
                .chain(() -> audit.record(e, revision.by(), "REVISE", from, revision.reason(),
                        Change.between(before, totalBefore, e.items, e.totalScore)))
                .invoke(() -> Transactions.afterCommit(() -> registry.counter("qa.evaluations.revised",
                        "cause", revision.cause().name()).increment()));
    }

    private Uni<Void> publish(Evaluation e, EvaluationEvent event, String cause) {
        return EvaluationRelease.of(e, event, cause).persist().chain(() -> outbox.add(event));
    }
}
