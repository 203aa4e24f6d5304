package io.callqa.scoring.calibration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Whether an evaluator's latest closed calibration flagged them; call inside a session. */
@ApplicationScoped
public class CalibrationStanding {

    private static final String LATEST_FLAG = """
            select s.flagged from calibration_score s join calibration c on c.calibration_id = s.calibration_id
            where s.scorer_id = :scorer and c.status = 'CLOSED' and c.reference_scorer <> :scorer
            order by c.closed_at desc limit 1""";

    public Uni<Boolean> flagged(String evaluatorId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LATEST_FLAG, Boolean.class)
                .setParameter("scorer", evaluatorId)
                .getResultList())
                .map(flags -> !flags.isEmpty() && Boolean.TRUE.equals(flags.get(0)));
    }
}
