package io.callqa.scoring.appeals;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QA_LEAD, Roles.ADMIN})
public class AppealResource {

    private final AppealService service;
    private final Caller caller;

    public AppealResource(AppealService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(summary = "Appeal cases, oldest first; ?status=OPEN for those awaiting a decision")
    public Uni<List<Appeal>> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        if (status == null) {
            return Appeal.<Appeal>findAll(Sort.by("filedAt")).page(Page.ofSize(limit)).list();
        }
        return Appeal.<Appeal>find("status = ?1 order by filedAt", parse(status).name()).page(Page.ofSize(limit)).list();
    }

    @GET
    @Path("/{appealId}")
    @WithSession
    @Operation(summary = "One appeal case")
    public Uni<Appeal> get(@PathParam("appealId") UUID appealId) {
        return Appeal.<Appeal>findById(appealId).invoke(a -> {
            if (a == null) {
                throw ProblemException.notFound("no appeal " + appealId);
            }
        });
    }

    @POST
    @Path("/{appealId}/review")
    @RolesAllowed(Roles.QA_LEAD)
    @Operation(summary = "Take the case up: UNDER_REVIEW, published as AppealUnderReview")
    @APIResponse(responseCode = "403", description = "you scored the evaluation under appeal")
    @APIResponse(responseCode = "409", description = "already under review or decided")
    public Uni<Appeal> take(@PathParam("appealId") UUID appealId) {
        return Transactions.run(() -> service.take(appealId, caller));
    }

    @POST
    @Path("/{appealId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QA_LEAD)
    @Operation(summary = "Decide: UPHELD with revised items (EvaluationRevised) or REJECTED with a reason (AppealDecided)")
    @APIResponse(responseCode = "403", description = "you scored the evaluation under appeal")
    @APIResponse(responseCode = "409", description = "already decided")
    public Uni<Appeal> decide(@PathParam("appealId") UUID appealId, @Valid @NotNull DecisionRequest request) {
        return Transactions.run(() -> service.decide(appealId, request, caller));
    }

    private static Appeal.Status parse(String status) {
        try {
            return Appeal.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of OPEN, UNDER_REVIEW, UPHELD, REJECTED");
        }
    }
}
