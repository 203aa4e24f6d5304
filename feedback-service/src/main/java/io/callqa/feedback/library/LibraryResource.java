package io.callqa.feedback.library;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class LibraryResource {

    private final Library library;

    public LibraryResource(Library library) {
        this.library = library;
    }

    @GET
    @WithSession
    @Operation(summary = "The excellent-recording library (优秀录音库), newest approval first",
            description = "For every staff role: the library is for training, so it is not scoped to a team.")
    public Uni<LibraryPage> search(
            @Parameter(description = "only recordings exemplifying this item id, e.g. S1")
            @QueryParam("item") @Size(max = 100) String item,
            @Parameter(description = "case-insensitive text in the note, wrap-up code, queue or item ids")
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return library.search(blankToNull(item), blankToNull(q), page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
