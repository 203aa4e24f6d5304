package io.callqa.scoring.calibration;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/calibrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QA_LEAD, Roles.ADMIN, Roles.EVALUATOR, Roles.TEAM_LEAD})
public class CalibrationResource {

    private final CalibrationService service;
    private final Caller caller;

    public CalibrationResource(CalibrationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QA_LEAD)
    @Operation(summary = "Open a calibration (校准) on a call: ≥ 2 evaluators and a reference scorer, blind until closed")
    @APIResponse(responseCode = "201", description = "opened; Location names it")
    public Uni<Response> open(@Valid @NotNull CalibrationRequest request) {
        return Transactions.run(() -> service.open(request, caller)).map(c -> Response
                .created(URI.create("/api/v1/calibrations/" + c.calibrationId))
                .entity(CalibrationView.of(c, List.of(), caller.id()))
                .build());
    }

    @POST
    @Path("/{calibrationId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QA_LEAD, Roles.EVALUATOR, Roles.TEAM_LEAD})
    @Operation(summary = "Score the calibration call (a participant; again to change it while the session is open)")
    public Uni<CalibrationView> score(@PathParam("calibrationId") UUID calibrationId,
            @Valid @NotNull CalibrationScoreRequest request) {
        return Transactions.run(() -> service.score(calibrationId, request, caller)).chain(() -> view(calibrationId));
    }

    @POST
    @Path("/{calibrationId}/close")
    @RolesAllowed(Roles.QA_LEAD)
    @Operation(summary = "Close: each evaluator's deviation from the reference, agreement and flag; CalibrationCompleted")
    @APIResponse(responseCode = "409", description = "already closed, or the reference has not scored")
    public Uni<CalibrationView> close(@PathParam("calibrationId") UUID calibrationId) {
        return Transactions.run(() -> service.close(calibrationId)).chain(() -> view(calibrationId));
    }

    @GET
    @Path("/{calibrationId}")
    @Operation(summary = "A calibration: blind while open (only who has scored, and one's own scoring)")
    public Uni<CalibrationView> get(@PathParam("calibrationId") UUID calibrationId) {
        return view(calibrationId);
    }

    private Uni<CalibrationView> view(UUID calibrationId) {
        return Panache.withSession(() -> CalibrationService.find(calibrationId, LockModeType.NONE).invoke(c -> {
            if (!CalibrationService.isLead(caller) && !c.takesPart(caller.id())) {
                throw ProblemException.forbidden("you take no part in calibration " + calibrationId);
            }
        }).chain(c -> CalibrationScore.<CalibrationScore>list("calibrationId", calibrationId)
                .map(scores -> CalibrationView.of(c, scores, caller.id()))));
    }
}
