package io.callqa.scoring.evaluations;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.QA_LEAD, Roles.TEAM_LEAD})
public class ReviewQueueResource {

    private static final int SCAN = 5000;

    private final Caller caller;

    public ReviewQueueResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "Evaluations waiting for the caller's review, oldest submission first",
            description = "IN_REVIEW evaluations whose current level the caller's role reviews (a QA lead also the "
                    + "evaluator level; a team lead only their team's), never the caller's own or on their own calls.")
    public Uni<List<EvaluationView>> waiting(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return Evaluation.<Evaluation>find("status = ?1 order by submittedAt, evaluationId",
                        Evaluation.Status.IN_REVIEW.name()).page(Page.ofSize(SCAN)).list()
                .map(all -> all.stream().filter(this::mayReview).limit(limit).map(EvaluationView::of).toList());
    }

    private boolean mayReview(Evaluation e) {
        String role = e.reviewerRole();
        return ReviewRoute.mayReview(role, caller::hasRole) && !caller.id().equals(e.evaluatorId)
                && !caller.id().equals(e.agentId)
                && (!Roles.TEAM_LEAD.equals(role) || caller.scope().allows(e.agentId, e.teamId));
    }
}
