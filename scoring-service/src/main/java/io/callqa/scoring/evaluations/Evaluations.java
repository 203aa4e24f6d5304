package io.callqa.scoring.evaluations;

import java.util.UUID;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.smallrye.mutiny.Uni;

/** Finding an evaluation to act on, with the checks every action shares. */
final class Evaluations {

    private Evaluations() {
    }

    /** The evaluation, or 404. */
    static Uni<Evaluation> find(UUID evaluationId) {
        return Evaluation.<Evaluation>findById(evaluationId).invoke(e -> {
            if (e == null) {
                throw ProblemException.notFound("no evaluation " + evaluationId);
            }
        });
    }

    /** The caller's own evaluation in {@code status}, as they read it. */
    static Uni<Evaluation> mine(UUID evaluationId, int lockVersion, Caller caller, Evaluation.Status status) {
        return find(evaluationId).invoke(e -> {
            if (!caller.id().equals(e.evaluatorId)) {
                throw ProblemException.forbidden("only its evaluator " + e.evaluatorId + " changes evaluation "
                        + evaluationId);
            }
            checkState(e, status);
            checkLock(e, lockVersion);
        });
    }

    static void checkState(Evaluation e, Evaluation.Status expected) {
        if (!e.is(expected)) {
            throw ProblemException.conflict("evaluation " + e.evaluationId + " is " + e.status + ", not " + expected);
        }
    }

    /** 409 when someone changed the evaluation since the caller read it. */
    static void checkLock(Evaluation e, int lockVersion) {
        if (e.lockVersion != lockVersion) {
            throw ProblemException.conflict("evaluation " + e.evaluationId + " was changed meanwhile (lockVersion "
                    + e.lockVersion + ", you sent " + lockVersion + "); read it again");
        }
    }
}
