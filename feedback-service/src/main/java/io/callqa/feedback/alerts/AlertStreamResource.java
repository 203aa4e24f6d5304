package io.callqa.feedback.alerts;

import java.time.Duration;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/**
 * {@code GET /api/v1/alerts/stream}: the caller's alerts as Server-Sent Events ({@code id:} the alert id,
 * {@code event:} its kind, JSON data), with a comment at once and then every {@code keep-alive} so proxies keep the
 * connection open. A reconnecting client sends {@code Last-Event-ID} (or {@code ?lastEventId=}) and first gets every
 * alert it missed.
 */
@Path("/api/v1/alerts/stream")
@RolesAllowed({Roles.TEAM_LEAD, Roles.QA_LEAD, Roles.ADMIN})
public class AlertStreamResource {

    private final Caller caller;
    private final AlertFeed feed;
    private final AlertsConfig config;

    public AlertStreamResource(Caller caller, AlertFeed feed, AlertsConfig config) {
        this.caller = caller;
        this.feed = feed;
        this.config = config;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live alerts as Server-Sent Events; resumes after Last-Event-ID without gaps")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "the id of the last event received") @HeaderParam("Last-Event-ID") String header,
            @Parameter(description = "the same, for clients that cannot set the header") @QueryParam("lastEventId")
            String query, @Context Sse sse) {
        AlertAudience audience = AlertAudience.of(caller.scope());
        Long after = header != null ? parse("Last-Event-ID", header) : query != null ? parse("lastEventId", query) : null;
        Multi<OutboundSseEvent> alerts = Multi.createFrom().emitter(emitter -> open(emitter, audience, after, sse));
        Duration keepAlive = config.stream().keepAlive();
        Multi<OutboundSseEvent> pings = Multi.createFrom().ticks().startingAfter(keepAlive).every(keepAlive)
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(alerts, pings);
    }

    private void open(MultiEmitter<? super OutboundSseEvent> emitter, AlertAudience audience, Long after, Sse sse) {
        AlertSubscription subscription = new AlertSubscription(audience, after, feed.last(),
                from -> feed.page(from, audience), AlertFeed.PAGE, alert -> emitter.emit(event(sse, alert)));
        feed.register(subscription);
        emitter.onTermination(() -> {
            feed.unregister(subscription);
            subscription.close();
        });
        emitter.emit(sse.newEventBuilder().comment("connected").build());
        subscription.start().subscribe().with(ignored -> {
        }, failure -> {
            Log.warnf("alert stream replay failed: %s", failure.getMessage());
            emitter.fail(failure);
        });
    }

    private static OutboundSseEvent event(Sse sse, AlertView alert) {
        return sse.newEventBuilder().id(Long.toString(alert.id())).name(alert.kind().name())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(AlertView.class, alert).build();
    }

    private static Long parse(String field, String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id < 0) {
                throw ProblemException.invalid(field, "must be an alert id (0 or more), not '" + value + "'");
            }
            return id;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be an alert id (an integer), not '" + value + "'");
        }
    }
}
