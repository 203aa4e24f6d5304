package io.callqa.scoring.evaluations;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.events.EvaluationEvent;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final ReviewService reviews;
    private final AuditTrail audit;
    private final Caller caller;

    public EvaluationResource(EvaluationService evaluations, ReviewService reviews, AuditTrail audit, Caller caller) {
        this.evaluations = evaluations;
        this.reviews = reviews;
        this.audit = audit;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Score a task: a DRAFT, or submitted at once (the default)",
            description = "Scores every item of the newest version of the default scorecard. Submitting closes the "
                    + "task and routes the evaluation to its review levels; with none it is released and "
                    + "EvaluationReleased goes to qa.evaluations.v1.")
    @APIResponse(responseCode = "201", description = "created; Location names the evaluation")
    @APIResponse(responseCode = "400", description = "invalid scoring; each bad field is named")
    @APIResponse(responseCode = "404", description = "no such task")
    @APIResponse(responseCode = "409", description = "the task already has an evaluation, or is someone else's")
    public Uni<Response> create(@Valid @NotNull EvaluationRequest request) {
        return inTransaction(() -> evaluations.create(request, caller)).map(e -> Response
                .created(URI.create("/api/v1/evaluations/" + e.evaluationId()))
                .entity(e)
                .build());
    }

    @PUT
    @Path("/{evaluationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Change one's own DRAFT (409 when lockVersion is stale)")
    public Uni<EvaluationView> update(@PathParam("evaluationId") UUID evaluationId,
            @Valid @NotNull DraftRequest request) {
        return inTransaction(() -> evaluations.update(evaluationId, request, caller));
    }

    @POST
    @Path("/{evaluationId}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Submit one's own DRAFT: to review, or released when no level reviews it")
    public Uni<EvaluationView> submit(@PathParam("evaluationId") UUID evaluationId,
            @Valid @NotNull LockVersionRequest request) {
        return inTransaction(() -> evaluations.submit(evaluationId, request.lockVersion(), caller));
    }

    @POST
    @Path("/{evaluationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
    @Operation(summary = "Review the current level: APPROVE, RETURN (with a comment) or ADJUST items (with a reason)")
    @APIResponse(responseCode = "403", description = "the level is reviewed by another role, or it is your own")
    @APIResponse(responseCode = "409", description = "not under review, or lockVersion is stale")
    public Uni<EvaluationView> review(@PathParam("evaluationId") UUID evaluationId,
            @Valid @NotNull ReviewRequest request) {
        return inTransaction(() -> reviews.review(evaluationId, request, caller));
    }

    @POST
    @Path("/{evaluationId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QA_LEAD)
    @Operation(summary = "Correct a released evaluation: a new version, published as EvaluationRevised")
    public Uni<EvaluationView> correct(@PathParam("evaluationId") UUID evaluationId,
            @Valid @NotNull CorrectionRequest request) {
        return inTransaction(() -> reviews.correct(evaluationId, request, caller));
    }

    @GET
    @Path("/{evaluationId}")
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD, Roles.ADMIN, Roles.AGENT})
    @WithSession
    @Operation(summary = "One evaluation; an agent sees their own once released, a team lead their team's")
    public Uni<EvaluationView> get(@PathParam("evaluationId") UUID evaluationId) {
        return visible(evaluationId).map(EvaluationView::of);
    }

    @GET
    @Path("/{evaluationId}/versions")
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD, Roles.ADMIN, Roles.AGENT})
    @WithSession
    @Operation(summary = "Every released version as it was published (EvaluationReleased, then EvaluationRevised)")
    public Uni<List<EvaluationEvent>> versions(@PathParam("evaluationId") UUID evaluationId) {
        return visible(evaluationId).chain(e -> EvaluationRelease.<EvaluationRelease>list(
                "evaluationId = ?1 order by version", evaluationId))
                .map(all -> all.stream().map(EvaluationRelease::event).toList());
    }

    @GET
    @Path("/{evaluationId}/history")
    @RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD, Roles.ADMIN})
    @WithSession
    @Operation(summary = "Every transition: who, when, from which state to which, at which level, what changed")
    public Uni<List<EvaluationAudit>> history(@PathParam("evaluationId") UUID evaluationId) {
        return visible(evaluationId).chain(e -> audit.of(evaluationId));
    }

    private Uni<Evaluation> visible(UUID evaluationId) {
        return Evaluations.find(evaluationId).invoke(e -> {
            if (caller.hasRole(Roles.AGENT) && !e.isReleased() && !caller.hasRole(Roles.EVALUATOR)
                    && !caller.hasRole(Roles.QA_LEAD) && !caller.hasRole(Roles.TEAM_LEAD)) {
                throw ProblemException.notFound("no evaluation " + evaluationId);
            }
            caller.checkCanSee(e.agentId, e.teamId);
        });
    }

    /** Runs an action in a transaction and flushes it, so the view shows the lockVersion to send next. */
    private static Uni<EvaluationView> inTransaction(Supplier<Uni<Evaluation>> action) {
        return Transactions.run(() -> action.get().call(Panache::flush)).map(EvaluationView::of);
    }
}
