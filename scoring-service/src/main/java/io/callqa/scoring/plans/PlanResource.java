package io.callqa.scoring.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.callqa.events.QaPlanSet;
import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.outbox.Outbox;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/plans/{month}")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final Workloads workloads;
    private final TaskAssignments assignments;
    private final CenterConfig center;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public PlanResource(Workloads workloads, TaskAssignments assignments, CenterConfig center, Outbox outbox,
            Caller caller, Clock clock) {
        this.workloads = workloads;
        this.assignments = assignments;
        this.center = center;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** A month's plan with each person's progress. */
    public record PlanView(String month, List<PlanProgress> people) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.QA_LEAD, Roles.ADMIN})
    @Operation(summary = "Set the month's QA plan (质检计划): each person's target; waiting tasks are assigned",
            description = "Replaces the month's plan as a whole and publishes it as a QaPlanSet event, in the same "
                    + "transaction.")
    public Uni<PlanView> put(@PathParam("month") String month, @Valid @NotNull PlanRequest request) {
        MonthKey key = parse(month);
        List<PlanTarget> targets = targets(request);
        Instant now = clock.instant();
        return Transactions.run(() -> QaPlan.delete("month", key.toString())
                .chain(() -> QaPlan.persist(targets.stream().map(t -> QaPlan.of(key, t, caller.id(), now))))
                .chain(() -> Panache.flush())
                .chain(() -> outbox.add(planSet(key, targets, now)))
                .chain(assignments::assignWaiting))
                .chain(() -> Transactions.run(() -> view(key)));
    }

    @GET
    @RolesAllowed({Roles.QA_LEAD, Roles.ADMIN, Roles.EVALUATOR, Roles.TEAM_LEAD})
    @WithSession
    @Operation(summary = "The month's plan: per person target, done, open, overdue and completion %")
    public Uni<PlanView> get(@PathParam("month") String month) {
        MonthKey key = parse(month);
        return view(key).invoke(plan -> {
            if (plan.people().isEmpty()) {
                throw ProblemException.notFound("no QA plan for " + key);
            }
        });
    }

    private Uni<PlanView> view(MonthKey month) {
        return workloads.of(month, center.zone(), clock.instant()).map(people -> new PlanView(month.toString(), people));
    }

    /** The whole plan as it now stands: a later event for the month replaces it. */
    private QaPlanSet planSet(MonthKey month, List<PlanTarget> targets, Instant now) {
        return new QaPlanSet(UUID.randomUUID(), now, month.month(),
                targets.stream().map(t -> new QaPlanSet.Target(t.personId(), t.target())).toList(), caller.id(), now);
    }

    private static List<PlanTarget> targets(PlanRequest request) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.targets().size(); i++) {
            if (!seen.add(request.targets().get(i).personId())) {
                throw ProblemException.invalid("targets[" + i + "].personId", "person "
                        + request.targets().get(i).personId() + " is planned twice");
            }
        }
        return request.targets().stream().map(t -> new PlanTarget(t.personId(), t.target())).toList();
    }

    private static MonthKey parse(String month) {
        try {
            return MonthKey.parse(month);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("month", e.getMessage());
        }
    }
}
