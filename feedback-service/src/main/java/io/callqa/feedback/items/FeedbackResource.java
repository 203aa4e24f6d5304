package io.callqa.feedback.items;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.callqa.feedback.appeals.Appeal;
import io.callqa.feedback.appeals.AppealRequest;
import io.callqa.feedback.appeals.AppealView;
import io.callqa.feedback.files.FileEntry;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.AccessScope;
import io.callqa.kit.security.Caller;
import io.callqa.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.EVALUATOR, Roles.QA_LEAD, Roles.ADMIN})
public class FeedbackResource {

    private final Responses responses;
    private final FeedbackConfig config;
    private final Caller caller;
    private final Clock clock;

    public FeedbackResource(Responses responses, FeedbackConfig config, Caller caller, Clock clock) {
        this.responses = responses;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Operation(summary = "Feedback items, newest first",
            description = "An agent sees their own, a team lead their team's, QA staff everyone's. "
                    + "?status=PENDING|ACKNOWLEDGED|APPEALED, ?overdue=true for those not acknowledged in time.")
    public Uni<List<FeedbackView>> list(@QueryParam("agentId") String agentId, @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        FeedbackView.Status wanted = status == null ? null : parseStatus(status);
        FeedbackLanguage language = language(lang, acceptLanguage);
        AccessScope scope = agentId == null ? caller.scope() : caller.checkMayAskAbout(agentId);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("from FeedbackItem f where 1 = 1");
        condition(where, params, "f.agentId = :agent", "agent", agentId);
        condition(where, params, "f.agentId = :own", "own", scope.agentFilter());
        condition(where, params, "f.teamId = :team", "team", scope.teamFilter());
        if (wanted == FeedbackView.Status.ACKNOWLEDGED) {
            where.append(" and f.acknowledgedAt is not null");
        } else if (wanted == FeedbackView.Status.APPEALED) {
            where.append(" and f.acknowledgedAt is null and exists (").append(OPEN_APPEAL).append(")");
        } else if (wanted == FeedbackView.Status.PENDING || Boolean.TRUE.equals(overdue)) {
            where.append(" and f.acknowledgedAt is null and not exists (").append(OPEN_APPEAL).append(")");
        }
        if (overdue != null) {
            Instant cutoff = clock.instant().minus(config.acknowledgeWithin());
            condition(where, params, overdue ? "f.releasedAt < :cutoff"
                    : "(f.acknowledgedAt is not null or f.releasedAt >= :cutoff or exists (" + OPEN_APPEAL + "))",
                    "cutoff", cutoff);
        }
        return FeedbackItem.<FeedbackItem>find(where + " order by f.releasedAt desc", params)
                .page(Page.ofSize(limit)).list()
                .chain(items -> views(items, language));
    }

    private static final String OPEN_APPEAL =
            "select 1 from Appeal a where a.evaluationId = f.evaluationId and a.state in ('FILED', 'UNDER_REVIEW')";

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    @GET
    @Path("/{feedbackId}")
    @WithSession
    @Operation(summary = "One feedback item, written strength → improvement → encouragement (三明治反馈法)",
            description = "?lang=zh-CN|en (or Accept-Language); the default is qa.feedback.items.default-language.")
    @APIResponse(responseCode = "403", description = "not your feedback, or not your team's")
    @APIResponse(responseCode = "404", description = "no such feedback")
    public Uni<FeedbackView> get(@PathParam("feedbackId") UUID feedbackId, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        FeedbackLanguage language = language(lang, acceptLanguage);
        return visible(feedbackId).chain(item -> view(item, language));
    }

    @POST
    @Path("/{feedbackId}/acknowledge")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The agent acknowledges their feedback")
    @APIResponse(responseCode = "403", description = "not your feedback")
    @APIResponse(responseCode = "404", description = "no such feedback")
    @APIResponse(responseCode = "409", description = "already acknowledged, or an appeal is open")
    public Uni<FeedbackView> acknowledge(@PathParam("feedbackId") UUID feedbackId) {
        FeedbackLanguage language = language(null, null);
        return Transactions.run(() -> responses.acknowledge(feedbackId, caller))
                .chain(item -> Transactions.run(() -> view(item, language)));
    }

    @POST
    @Path("/{feedbackId}/appeal")
    @RolesAllowed(Roles.AGENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agent appeals (申诉) within the window, naming the disputed items and a reason",
            description = "Publishes AppealFiled on qa.feedback.v1; the scoring service's QA leads decide.")
    @APIResponse(responseCode = "201", description = "the appeal, FILED")
    @APIResponse(responseCode = "400", description = "no items, an item not on the evaluation, no reason")
    @APIResponse(responseCode = "403", description = "not your feedback")
    @APIResponse(responseCode = "404", description = "no such feedback")
    @APIResponse(responseCode = "409", description = "outside the window (the deadline is stated), acknowledged, "
            + "an appeal already open, or the most appeals allowed already filed")
    public Uni<Response> appeal(@PathParam("feedbackId") UUID feedbackId, AppealRequest request) {
        return Transactions.run(() -> responses.appeal(feedbackId, request, caller))
                .map(a -> Response.status(Response.Status.CREATED).entity(AppealView.of(a)).build());
    }

    private Uni<FeedbackItem> visible(UUID feedbackId) {
        return FeedbackItem.<FeedbackItem>findById(feedbackId).invoke(item -> {
            if (item == null) {
                throw ProblemException.notFound("no feedback " + feedbackId);
            }
            caller.checkCanSee(item.agentId, item.teamId);
        });
    }

    private Uni<FeedbackView> view(FeedbackItem item, FeedbackLanguage language) {
        return views(List.of(item), language).map(v -> v.get(0));
    }

    private Uni<List<FeedbackView>> views(List<FeedbackItem> items, FeedbackLanguage language) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = items.stream().map(i -> i.evaluationId).toList();
        Instant now = clock.instant();
        return FileEntry.<FileEntry>list("evaluationId in ?1", ids)
                .chain(entries -> Appeal.<Appeal>list("evaluationId in ?1 order by filedAt", ids).map(appeals -> {
                    Map<UUID, List<Appeal>> byEvaluation = appeals.stream()
                            .collect(Collectors.groupingBy(a -> a.evaluationId));
                    Map<String, FileEntry> byVersion = entries.stream()
                            .collect(Collectors.toMap(e -> e.evaluationId + "/" + e.version, e -> e));
                    return items.stream().map(item -> FeedbackView.of(item,
                            byVersion.get(item.evaluationId + "/" + item.evaluationVersion),
                            byEvaluation.getOrDefault(item.evaluationId, List.of()), responses.rules(),
                            config.acknowledgeWithin(), language, now)).toList();
                }));
    }

    private FeedbackLanguage language(String lang, String acceptLanguage) {
        if (lang != null) {
            return FeedbackLanguage.of(lang).orElseThrow(() -> ProblemException.invalid("lang",
                    "zh-CN or en, not " + lang));
        }
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                var found = FeedbackLanguage.of(part.split(";")[0]);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return FeedbackLanguage.of(config.defaultLanguage()).orElse(FeedbackLanguage.ZH_CN);
    }

    private static FeedbackView.Status parseStatus(String status) {
        try {
            return FeedbackView.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "one of PENDING, ACKNOWLEDGED, APPEALED, not " + status);
        }
    }
}
