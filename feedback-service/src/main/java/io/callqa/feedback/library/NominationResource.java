package io.callqa.feedback.library;

import java.util.Arrays;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
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

@Path("/api/v1/library/nominations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QA_LEAD, Roles.ADMIN})
public class NominationResource {

    private final NominationService service;
    private final Caller caller;

    public NominationResource(NominationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.QA_LEAD, Roles.ADMIN, Roles.EVALUATOR})
    @Operation(summary = "Nominations for the excellent-recording library, newest first; ?status=PENDING for those "
            + "awaiting a decision")
    @APIResponse(responseCode = "400", description = "status is not PENDING, APPROVED, REJECTED or WITHDRAWN")
    public Uni<NominationPage> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Sort sort = Sort.descending("nominatedAt").and("nominationId", Sort.Direction.Descending);
        PanacheQuery<Nomination> found = status == null || status.isBlank() ? Nomination.findAll(sort)
                : Nomination.find("status", sort, parse(status).name());
        return found.page(Page.of(page, size)).list().chain(list -> found.count().map(total -> new NominationPage(
                list.stream().map(NominationView::of).toList(), page, size, total)));
    }

    @POST
    @Path("/{nominationId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve: the recording joins the library with the items it exemplifies (default: those "
            + "scored full marks) and earns the agent bonus points; ExcellentRecordingApproved on qa.feedback.v1")
    @APIResponse(responseCode = "400", description = "an item not on the evaluation, N/A or named twice (items[i])")
    @APIResponse(responseCode = "404", description = "no such nomination")
    @APIResponse(responseCode = "409", description = "the nomination is not PENDING; the detail says its state")
    public Uni<LibraryEntryView> approve(@PathParam("nominationId") UUID nominationId,
            @Valid ApprovalRequest request) {
        ApprovalRequest body = request == null ? new ApprovalRequest(null, null) : request;
        return Transactions.run(() -> service.approve(nominationId, body, caller.id())).map(LibraryEntryView::of);
    }

    @POST
    @Path("/{nominationId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject, with a reason")
    @APIResponse(responseCode = "400", description = "no reason")
    @APIResponse(responseCode = "404", description = "no such nomination")
    @APIResponse(responseCode = "409", description = "the nomination is not PENDING; the detail says its state")
    public Uni<NominationView> reject(@PathParam("nominationId") UUID nominationId,
            @Valid @NotNull RejectionRequest request) {
        return Transactions.run(() -> service.reject(nominationId, request, caller.id())).map(NominationView::of);
    }

    private static Nomination.Status parse(String status) {
        try {
            return Nomination.Status.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of "
                    + Arrays.toString(Nomination.Status.values()) + ", not '" + status + "'");
        }
    }
}
