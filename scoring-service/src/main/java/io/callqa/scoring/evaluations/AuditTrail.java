package io.callqa.scoring.evaluations;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes and reads the transitions of evaluations; writes join the caller's transaction. */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> record(Evaluation e, String actor, String action, String fromStatus, String comment,
            List<Change> changes) {
        return EvaluationAudit.of(e, actor, action, fromStatus, comment, changes, clock.instant()).persist()
                .replaceWithVoid();
    }

    public Uni<List<EvaluationAudit>> of(UUID evaluationId) {
        return EvaluationAudit.list("evaluationId = ?1 order by auditId", evaluationId);
    }
}
