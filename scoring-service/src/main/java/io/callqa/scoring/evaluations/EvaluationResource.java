package io.callqa.scoring.evaluations;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService service;
    private final Caller caller;

    public EvaluationResource(EvaluationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Score a task and release the evaluation",
            description = "Scores every item of the newest version of the default scorecard, closes the task and "
                    + "publishes EvaluationReleased to qa.evaluations.v1.")
    @APIResponse(responseCode = "201", description = "released; Location names the evaluation")
    @APIResponse(responseCode = "400", description = "invalid scoring; each bad field is named")
    @APIResponse(responseCode = "409", description = "the task was already evaluated")
    public Uni<Response> submit(@Valid @NotNull EvaluationRequest request) {
        return Transactions.run(() -> service.submit(request, caller)).map(e -> Response
                .created(URI.create("/api/v1/evaluations/" + e.evaluationId))
                .entity(EvaluationView.of(e))
                .build());
    }

    @GET
    @Path("/{evaluationId}")
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD, Roles.ADMIN, Roles.AGENT})
    @WithSession
    @Operation(summary = "One evaluation; an agent sees their own, a team lead their team's")
    public Uni<EvaluationView> get(@PathParam("evaluationId") UUID evaluationId) {
        return Evaluation.<Evaluation>findById(evaluationId).map(e -> {
            if (e == null) {
                throw ProblemException.notFound("no evaluation " + evaluationId);
            }
            caller.checkCanSee(e.agentId, e.teamId);
            return EvaluationView.of(e);
        });
    }
}
