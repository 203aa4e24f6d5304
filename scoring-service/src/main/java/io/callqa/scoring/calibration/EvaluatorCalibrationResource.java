package io.callqa.scoring.calibration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/evaluators/{evaluatorId}/calibration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QA_LEAD, Roles.ADMIN, Roles.EVALUATOR, Roles.TEAM_LEAD})
public class EvaluatorCalibrationResource {

    private static final String HISTORY = """
            select c.calibration_id, c.call_id, c.closed_at, s.total, c.reference_total, s.deviation, s.agreement, s.flagged
            from calibration_score s join calibration c on c.calibration_id = s.calibration_id
            where s.scorer_id = :scorer and c.status = 'CLOSED' and c.reference_scorer <> :scorer
            order by c.closed_at desc""";

    private final Caller caller;

    public EvaluatorCalibrationResource(Caller caller) {
        this.caller = caller;
    }

    /** One closed calibration of the evaluator. */
    public record Entry(UUID calibrationId, String callId, Instant closedAt, BigDecimal total,
            BigDecimal referenceTotal, BigDecimal deviation, BigDecimal agreement, boolean flagged) {
    }

    /**
     * {@code flagged}: the latest calibration was over the allowed deviation, so the evaluator's evaluations get an
     * extra review level until a later one passes; {@code calibrated} false when they have none yet.
     */
    public record Standing(String evaluatorId, boolean calibrated, boolean flagged, BigDecimal latestDeviation,
            List<Entry> history) {
    }

    @GET
    @WithSession
    @Operation(summary = "An evaluator's calibrations, newest first, and whether they are flagged now")
    public Uni<Standing> standing(@PathParam("evaluatorId") String evaluatorId) {
        if (!CalibrationService.isLead(caller) && !caller.id().equals(evaluatorId)) {
            throw ProblemException.forbidden("an evaluator sees only their own calibration");
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(HISTORY, Object[].class)
                .setParameter("scorer", evaluatorId).getResultList())
                .map(rows -> rows.stream().map(EvaluatorCalibrationResource::entry).toList())
                .map(history -> new Standing(evaluatorId, !history.isEmpty(),
                        !history.isEmpty() && history.get(0).flagged(),
                        history.isEmpty() ? null : history.get(0).deviation(), history));
    }

    private static Entry entry(Object[] row) {
        return new Entry((UUID) row[0], (String) row[1], instant(row[2]), (BigDecimal) row[3], (BigDecimal) row[4],
                (BigDecimal) row[5], (BigDecimal) row[6], Boolean.TRUE.equals(row[7]));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
