package io.callqa.feedback.alerts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.feedback.evaluations.EvaluationListener;
import io.callqa.feedback.files.FileEntry;
import io.callqa.feedback.roster.Roster;
import io.callqa.kit.center.CenterConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raises CRITICAL_FAILURE for each released evaluation with a failed red line, and REPEATED_DEDUCTION when an item
 * reaches {@code qa.feedback.alerts.repeated-deductions} deductions for one agent on one local day (center zone),
 * counting the newest version of each evaluation in the QA file, which is written before this listener runs. A
 * revision re-counts the day of the evaluation it revises. Dedupe keys make redelivery and re-counting harmless.
 */
@ApplicationScoped
public class EvaluationAlerts implements EvaluationListener {

    private final Alerts alerts;
    private final Roster roster;
    private final ZoneId zone;
    private final int threshold;

    public EvaluationAlerts(Alerts alerts, Roster roster, CenterConfig center, AlertsConfig config) {
        this.alerts = alerts;
        this.roster = roster;
        this.zone = center.zone();
        this.threshold = config.repeatedDeductions();
    }

    @Override
    public int order() {
        return 20;
    }

    private record AgentDay(String agentId, LocalDate day) {
    }

    @Override
    public Uni<Void> on(List<EvaluationEvent> events) {
        List<EvaluationReleased> released = events.stream().filter(EvaluationReleased.class::isInstance)
                .map(EvaluationReleased.class::cast).filter(e -> e.agentId() != null).toList();
        List<EvaluationRevised> revised = events.stream().filter(EvaluationRevised.class::isInstance)
                .map(EvaluationRevised.class::cast).filter(e -> e.agentId() != null).toList();
        if (released.isEmpty() && revised.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> teams = new LinkedHashMap<>();
        released.forEach(e -> teams.put(e.agentId(), e.teamId()));
        revised.forEach(e -> teams.put(e.agentId(), e.teamId()));
        return roster.teamsOf(teams.keySet())
                .invoke(known -> teams.replaceAll((agent, team) -> team != null ? team : known.get(agent)))
                .chain(() -> days(released, revised))
                .chain(days -> repeated(days, teams))
                .chain(repeated -> {
                    List<NewAlert> raised = new ArrayList<>();
                    // the evaluation's own team; the roster's only when the evaluation has none
                    released.stream().filter(EvaluationReleased::criticalFailed).forEach(e -> raised.add(
                            NewAlert.criticalFailure(e, e.teamId() != null ? e.teamId() : teams.get(e.agentId()))));
                    raised.addAll(repeated);
                    return alerts.raiseAll(raised);
                });
    }

    /**
     * The agent-days to count: the day of each release that deducted something (one that deducted nothing cannot
     * bring an item to the threshold), and the first-release day of each revised evaluation.
     */
    private Uni<Set<AgentDay>> days(List<EvaluationReleased> released, List<EvaluationRevised> revised) {
        Set<AgentDay> days = new LinkedHashSet<>();
        released.stream().filter(e -> e.items().stream().anyMatch(RepeatedDeductions::deducted))
                .forEach(e -> days.add(new AgentDay(e.agentId(), e.releasedAt().atZone(zone).toLocalDate())));
        if (revised.isEmpty()) {
            return Uni.createFrom().item(days);
        }
        List<UUID> ids = revised.stream().map(EvaluationRevised::evaluationId).distinct().toList();
        return FileEntry.<FileEntry>list("evaluationId in ?1", ids).map(entries -> {
            Map<UUID, FileEntry> first = new LinkedHashMap<>();
            entries.forEach(f -> first.merge(f.evaluationId, f, (a, b) -> a.releasedAt.isBefore(b.releasedAt) ? a : b));
            first.values().forEach(f -> days.add(new AgentDay(f.agentId, f.releasedAt.atZone(zone).toLocalDate())));
            return days;
        });
    }

    private Uni<List<NewAlert>> repeated(Set<AgentDay> days, Map<String, String> teams) {
        return Multi.createFrom().iterable(days)
                .onItem().transformToUniAndConcatenate(d -> count(d, teams.get(d.agentId())))
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Uni<List<NewAlert>> count(AgentDay d, String teamId) {
        var start = d.day().atStartOfDay(zone).toInstant();
        var end = d.day().plusDays(1).atStartOfDay(zone).toInstant();
        return FileEntry.<FileEntry>list("agentId = ?1 and evaluationId in (select f.evaluationId from FileEntry f "
                + "where f.agentId = ?1 and f.releasedAt >= ?2 and f.releasedAt < ?3)", d.agentId(), start, end)
                .map(entries -> RepeatedDeductions.on(d.day(), zone, entries.stream()
                        .map(f -> new RepeatedDeductions.Filed(f.evaluationId, f.version, f.releasedAt, f.items))
                        .toList(), threshold))
                .map(items -> items.entrySet().stream()
                        .map(e -> NewAlert.repeatedDeduction(d.agentId(), teamId, e.getKey(), d.day(), e.getValue()))
                        .toList());
    }
}
