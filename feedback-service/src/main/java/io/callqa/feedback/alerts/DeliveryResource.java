package io.callqa.feedback.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.kit.problem.ProblemException;
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

/** The webhook delivery log, newest first. */
@Path("/api/v1/alerts/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QA_LEAD, Roles.ADMIN})
public class DeliveryResource {

    @GET
    @WithSession
    @Operation(summary = "Webhook deliveries, newest first; ?alertId=, ?target=, ?status=PENDING|DELIVERED|FAILED, "
            + "?limit= (1–500, 50)")
    public Uni<List<WebhookDelivery>> list(@QueryParam("alertId") Long alertId, @QueryParam("target") String target,
            @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (alertId != null) {
            args.add(alertId);
            where.add("alertId = ?" + args.size());
        }
        if (target != null) {
            args.add(target);
            where.add("target = ?" + args.size());
        }
        if (status != null) {
            args.add(parseStatus(status).name());
            where.add("status = ?" + args.size());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id desc";
        return WebhookDelivery.<WebhookDelivery>find(query, args.toArray()).page(Page.ofSize(limit)).list();
    }

    private static WebhookDelivery.Status parseStatus(String status) {
        try {
            return WebhookDelivery.Status.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of "
                    + Arrays.toString(WebhookDelivery.Status.values()) + ", not '" + status + "'");
        }
    }
}
