package io.callqa.reporting.evaluations;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealUnderReview;
import io.callqa.events.CalibrationCompleted;
import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.QaPlanSet;
import io.callqa.events.Topics;
import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.appeals.AppealFacts;
import io.callqa.reporting.projection.Projection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.evaluations.v1} → evaluations and their items (every released version, revisions included),
 * appeals under review and decided, calibration results and QA plans.
 */
@ApplicationScoped
public class EvaluationProjection implements Projection<EvaluationEvent> {

    private final CenterConfig center;
    private final EvaluationFacts evaluations;

    public EvaluationProjection(CenterConfig center, EvaluationFacts evaluations) {
        this.center = center;
        this.evaluations = evaluations;
    }

    @Override
    public String topic() {
        return Topics.EVALUATIONS;
    }

    @Override
    public Class<EvaluationEvent> family() {
        return EvaluationEvent.class;
    }

    @Override
    public String name() {
        return "report-evaluations";
    }

    @Override
    public Uni<Void> apply(List<EvaluationEvent> events) {
        ZoneId zone = center.zone();
        List<EvaluationReleased> released = new ArrayList<>();
        List<EvaluationReleased> revised = new ArrayList<>();
        List<Uni<Integer>> others = new ArrayList<>();
        List<UUID> appealed = new ArrayList<>();
        for (EvaluationEvent event : events) {
            if (event instanceof EvaluationReleased r) {
                released.add(r);
            } else if (event instanceof EvaluationRevised r) {
                revised.add(r.asReleased());
            } else if (event instanceof AppealUnderReview r) {
                others.add(Uni.createFrom().deferred(() -> AppealFacts.underReview(r, zone)));
                appealed.add(r.evaluationId());
            } else if (event instanceof AppealDecided d) {
                others.add(Uni.createFrom().deferred(() -> AppealFacts.decided(d, zone)));
                appealed.add(d.evaluationId());
            } else if (event instanceof CalibrationCompleted c) {
                others.add(Uni.createFrom().deferred(() -> CalibrationFacts.record(c)));
            } else if (event instanceof QaPlanSet p) {
                others.add(Uni.createFrom().deferred(() -> PlanFacts.record(p)));
            }
        }
        return evaluations.record(released, revised, zone)
                .chain(() -> Multi.createFrom().iterable(others).onItem().transformToUniAndConcatenate(u -> u)
                        .collect().last())
                .chain(() -> AppealFacts.counted(appealed));
    }
}
