package io.callqa.kit.testapp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.CallRecorded;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/notes")
public class NoteResource {

    private final Outbox outbox;
    private final Caller caller;

    public NoteResource(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Stores a note and, in the same transaction, an event; text "fail" fails after both were written. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ACD)
    @WithTransaction
    public Uni<String> create(@Valid @NotNull NoteRequest request) {
        Note note = new Note();
        note.callId = request.callId();
        note.text = request.text();
        return note.<Note>persist()
                .chain(() -> outbox.add(event(request.callId())))
                .chain(() -> Panache.flush())
                .map(ignored -> {
                    if ("fail".equals(request.text())) {
                        throw ProblemException.conflict("asked to fail after writing");
                    }
                    return request.callId();
                });
    }

    /** Writes, without a note, one event for each of three calls of the same agent, in one list. */
    @POST
    @Path("/series")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ACD)
    @WithTransaction
    public Uni<String> series(@Valid @NotNull NoteRequest request) {
        String agentId = "a-" + request.callId();
        return outbox.addAll(List.of(event(request.callId() + "-1", agentId), event(request.callId() + "-2", agentId),
                        event(request.callId() + "-3", agentId)))
                .replaceWith(request.callId());
    }

    @GET
    @Path("/agents/{agentId}")
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.QA_LEAD})
    public String visible(@PathParam("agentId") String agentId,
            @QueryParam("team") @Pattern(regexp = "t-\\d+", message = "must look like t-1") String team) {
        caller.checkCanSee(agentId, team);
        return caller.id();
    }

    static CallRecorded event(String callId) {
        return event(callId, "a-" + callId);
    }

    static CallRecorded event(String callId, String agentId) {
        Instant now = Instant.now();
        return new CallRecorded(UUID.randomUUID(), now, callId, null, null, "q-1", agentId, null, null, null,
                now, now, now, 5, null, null, CallRecorded.CallOutcome.ANSWERED, null, null, null, null, null);
    }
}
