package io.callqa.scoring.calibration;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.CalibrationCompleted;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.callqa.scoring.evaluations.ScoreCalculator;
import io.callqa.scoring.evaluations.Scoring;
import io.callqa.scoring.evaluations.ScoringConfig;
import io.callqa.scoring.scorecards.Scorecard;
import io.callqa.scoring.scorecards.Scorecards;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Opens calibrations, takes the blind scorings, and closes them with each evaluator's deviation; in the caller's transaction. */
@ApplicationScoped
public class CalibrationService {

    private final Scorecards scorecards;
    private final Outbox outbox;
    private final ScoringConfig scoring;
    private final CalibrationConfig config;
    private final Clock clock;

    public CalibrationService(Scorecards scorecards, Outbox outbox, ScoringConfig scoring, CalibrationConfig config,
            Clock clock) {
        this.scorecards = scorecards;
        this.outbox = outbox;
        this.scoring = scoring;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Calibration> open(CalibrationRequest request, Caller caller) {
        checkParticipants(request);
        String cardId = request.scorecardId() == null ? scoring.defaultScorecard() : request.scorecardId();
        Uni<Scorecard> card = request.scorecardVersion() == null ? scorecards.current(cardId)
                : scorecards.version(cardId, request.scorecardVersion()).onFailure(ProblemException.class)
                        .transform(e -> ProblemException.invalid("scorecardVersion", e.getMessage()));
        return card.chain(c -> {
            Calibration session = new Calibration();
            session.calibrationId = UUID.randomUUID();
            session.callId = request.callId();
            session.scorecardId = c.id();
            session.scorecardVersion = c.version();
            session.evaluators = List.copyOf(request.evaluators());
            session.referenceScorer = request.referenceScorer();
            session.status = Calibration.Status.OPEN.name();
            session.openedBy = caller.id();
            session.openedAt = clock.instant();
            return session.persist();
        });
    }

    public Uni<CalibrationScore> score(UUID calibrationId, CalibrationScoreRequest request, Caller caller) {
        return find(calibrationId, LockModeType.PESSIMISTIC_WRITE).invoke(c -> {
            if (!c.takesPart(caller.id())) {
                throw ProblemException.forbidden("you are not a scorer of calibration " + calibrationId);
            }
            checkOpen(c);
            if (request.scorecardVersion() != null && request.scorecardVersion() != c.scorecardVersion) {
                throw ProblemException.invalid("scorecardVersion", "this calibration is scored on " + c.scorecardId
                        + " v" + c.scorecardVersion + ", not v" + request.scorecardVersion());
            }
        }).chain(c -> scorecards.version(c.scorecardId, c.scorecardVersion)
                .chain(card -> store(c, scored(card, request), caller.id())));
    }

    public Uni<Calibration> close(UUID calibrationId) {
        return find(calibrationId, LockModeType.PESSIMISTIC_WRITE).invoke(CalibrationService::checkOpen)
                .chain(c -> CalibrationScore.<CalibrationScore>list("calibrationId", calibrationId)
                        .chain(scores -> complete(c, scores)));
    }

    public static Uni<Calibration> find(UUID calibrationId, LockModeType lock) {
        return Calibration.<Calibration>findById(calibrationId, lock).invoke(c -> {
            if (c == null) {
                throw ProblemException.notFound("no calibration " + calibrationId);
            }
        });
    }

    private Uni<Calibration> complete(Calibration c, List<CalibrationScore> scores) {
        Map<String, CalibrationScore> by = scores.stream().collect(Collectors.toMap(s -> s.scorerId, Function.identity()));
        CalibrationScore reference = by.get(c.referenceScorer);
        if (reference == null) {
            throw ProblemException.conflict("the reference scorer " + c.referenceScorer + " has not scored yet");
        }
        for (CalibrationScore s : scores) {
            var outcome = CalibrationMaths.compare(s.total, s.items, reference.total, reference.items,
                    config.maxDeviation());
            s.deviation = outcome.deviation();
            s.agreement = outcome.agreement();
            s.flagged = !s.scorerId.equals(c.referenceScorer) && outcome.flagged();
        }
        c.status = Calibration.Status.CLOSED.name();
        c.closedAt = clock.instant();
        c.referenceTotal = reference.total;
        return outbox.add(completed(c, by)).replaceWith(c);
    }

    private CalibrationCompleted completed(Calibration c, Map<String, CalibrationScore> by) {
        List<CalibrationCompleted.Result> results = c.evaluators.stream().map(e -> {
            CalibrationScore s = by.get(e);
            return s == null ? new CalibrationCompleted.Result(e, null, null, null, false)
                    : new CalibrationCompleted.Result(e, s.total, s.deviation, s.agreement, s.flagged);
        }).toList();
        return new CalibrationCompleted(UUID.randomUUID(), c.closedAt, c.calibrationId, c.callId, c.scorecardId,
                c.scorecardVersion, c.referenceScorer, c.referenceTotal, config.maxDeviation(), results, c.closedAt);
    }

    private Uni<CalibrationScore> store(Calibration c, Scoring scored, String scorer) {
        return CalibrationScore.<CalibrationScore>findById(new CalibrationScore.Key(c.calibrationId, scorer))
                .chain(existing -> {
                    CalibrationScore s = existing != null ? existing : new CalibrationScore();
                    s.calibrationId = c.calibrationId;
                    s.scorerId = scorer;
                    s.items = scored.items();
                    s.total = scored.total();
                    s.scoredAt = clock.instant();
                    return existing != null ? Uni.createFrom().item(s) : s.persist();
                });
    }

    private static Scoring scored(Scorecard card, CalibrationScoreRequest request) {
        List<FieldError> errors = ScoreCalculator.check(card, request.items());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return ScoreCalculator.score(card, request.items());
    }

    private static void checkOpen(Calibration c) {
        if (!c.isOpen()) {
            throw ProblemException.conflict("calibration " + c.calibrationId + " is closed");
        }
    }

    private static void checkParticipants(CalibrationRequest request) {
        if (new HashSet<>(request.evaluators()).size() != request.evaluators().size()) {
            throw ProblemException.invalid("evaluators", "names someone twice");
        }
        if (request.evaluators().contains(request.referenceScorer())) {
            throw ProblemException.invalid("referenceScorer", "is also among the evaluators; the reference scores apart");
        }
    }

    static boolean isLead(Caller caller) {
        return caller.hasRole(Roles.QA_LEAD) || caller.hasRole(Roles.ADMIN);
    }
}
