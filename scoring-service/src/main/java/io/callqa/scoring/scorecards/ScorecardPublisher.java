package io.callqa.scoring.scorecards;

import java.time.Clock;
import java.util.List;

import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes scorecards: a new one as version 1, a change as the next version. Versions are never changed, so
 * every evaluation keeps the one it was scored on. Runs in the caller's transaction; publications of one
 * scorecard are serialised by an advisory lock on its id.
 */
@ApplicationScoped
public class ScorecardPublisher {

    private static final String LOCK = "select cast(pg_advisory_xact_lock(hashtext(:id)) as text)";

    private final Clock clock;

    public ScorecardPublisher(Clock clock) {
        this.clock = clock;
    }

    public Uni<Scorecard> create(ScorecardRequest request, String by) {
        if (!ScorecardRules.validId(request.id())) {
            throw ProblemException.invalid("id", "a new scorecard needs an id of letters, digits, '_', '.' or '-'");
        }
        check(request);
        return lock(request.id()).chain(() -> ScorecardVersion.count("scorecardId", request.id())).chain(n -> {
            if (n > 0) {
                throw ProblemException.conflict("scorecard " + request.id() + " exists; publish a new version of it");
            }
            return store(request.toScorecard(request.id(), 1), by);
        });
    }

    public Uni<Scorecard> newVersion(String id, ScorecardRequest request, String by) {
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.invalid("id", "is " + request.id() + " but the path names scorecard " + id);
        }
        check(request);
        Uni<ScorecardVersion> newest = lock(id).chain(() -> ScorecardVersion
                .<ScorecardVersion>find("scorecardId = ?1 order by version desc", id).firstResult());
        return newest.chain(latest -> {
                    if (latest == null) {
                        throw ProblemException.notFound("no scorecard " + id);
                    }
                    return store(request.toScorecard(id, latest.version + 1), by);
                });
    }

    private static void check(ScorecardRequest request) {
        List<FieldError> errors = ScorecardRules.check(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private Uni<Void> lock(String id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LOCK).setParameter("id", id).getSingleResult())
                .replaceWithVoid();
    }

    private Uni<Scorecard> store(Scorecard card, String by) {
        return ScorecardVersion.of(card, by, clock.instant()).persist().replaceWith(card);
    }
}
