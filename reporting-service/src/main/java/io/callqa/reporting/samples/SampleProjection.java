package io.callqa.reporting.samples;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.events.Topics;
import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.projection.DayAggregates;
import io.callqa.reporting.projection.NativeSql;
import io.callqa.reporting.projection.Projection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.samples.v1} → {@code sample_fact}: one row per sample. {@code SampleUpdated} carries the sample's
 * reasons, mode, priority and due time as they now are, and replaces them; both events of a sample share its
 * key (the agent), so they arrive in order; of several updates in one poll the last counts. A sample inserted
 * after its evaluation gets {@code evaluated_at} from {@code evaluation_fact} (its first release); otherwise
 * {@link io.callqa.reporting.evaluations.EvaluationFacts} sets it. Then {@code sample_day} is recomputed for the
 * batch's days.
 */
@ApplicationScoped
public class SampleProjection implements Projection<SampleEvent> {

    private static final String SELECTED = """
            insert into sample_fact (sample_id, call_id, agent_id, team_id, queue_id, mode, priority, rules, reasons,
                                     selected_at, due_at, day, talk_seconds, wrap_up_code, evaluated_at)
            select r.sample_id, r.call_id, r.agent_id, r.team_id, r.queue_id, r.mode, r.priority,
                   array(select jsonb_array_elements(r.reasons) ->> 'rule'), r.reasons, r.selected_at, r.due_at, r.day,
                   r.talk_seconds, r.wrap_up_code,
                   (select min(e.released_at) from evaluation_fact e where e.sample_id = r.sample_id)
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(sample_id uuid, call_id text, agent_id text,
                 team_id text, queue_id text, mode text, priority text, reasons jsonb, selected_at timestamptz,
                 due_at timestamptz, day date, talk_seconds integer, wrap_up_code text)
            on conflict (sample_id) do nothing""";

    private static final String UPDATED = """
            update sample_fact s set rules = array(select jsonb_array_elements(r.reasons) ->> 'rule'),
                   reasons = r.reasons, mode = r.mode, priority = r.priority, due_at = r.due_at
            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                 as r(sample_id uuid, reasons jsonb, mode text,
                 priority text, due_at timestamptz)
            where s.sample_id = r.sample_id""";

    private final CenterConfig center;

    public SampleProjection(CenterConfig center) {
        this.center = center;
    }

    @Override
    public String topic() {
        return Topics.SAMPLES;
    }

    @Override
    public Class<SampleEvent> family() {
        return SampleEvent.class;
    }

    @Override
    public String name() {
        return "report-samples";
    }

    @Override
    public Uni<Void> apply(List<SampleEvent> events) {
        ZoneId zone = center.zone();
        List<Map<String, Object>> selected = new ArrayList<>();
        Map<UUID, Map<String, Object>> updated = new LinkedHashMap<>();
        for (SampleEvent event : events) {
            if (event instanceof SampleSelected s) {
                selected.add(selected(s, zone));
            } else {
                SampleUpdated u = (SampleUpdated) event;
                updated.put(u.sampleId(), NativeSql.row("sample_id", u.sampleId(), "reasons", u.reasons(), "mode", name(u.mode()),
                        "priority", name(u.priority()), "due_at", u.dueAt()));
            }
        }
        Uni<Integer> inserted = selected.isEmpty() ? Uni.createFrom().item(0)
                : NativeSql.lockEvaluatedAt()
                        .chain(() -> NativeSql.update(SELECTED, Map.of("rows", NativeSql.json(selected))));
        String touched = Stream.concat(selected.stream().map(row -> row.get("sample_id")), updated.keySet().stream())
                .map(Object::toString).distinct().collect(Collectors.joining(","));
        return inserted.chain(() -> updated.isEmpty() ? Uni.createFrom().item(0)
                : NativeSql.update(UPDATED, Map.of("rows", NativeSql.json(List.copyOf(updated.values())))))
                .chain(() -> DayAggregates.refreshSamples(touched));
    }

    private static Map<String, Object> selected(SampleSelected s, ZoneId zone) {
        SampleSelected.CallSummary call = s.call();
        return NativeSql.row("sample_id", s.sampleId(), "call_id", s.callId(), "agent_id", s.agentId(),
                "team_id", s.teamId(), "queue_id", s.queueId(), "mode", name(s.mode()),
                "priority", name(s.priority()), "reasons", s.reasons(), "selected_at", s.selectedAt(),
                "due_at", s.dueAt(), "day", LocalDate.ofInstant(s.selectedAt(), zone),
                "talk_seconds", call == null ? null : call.talkSeconds(),
                "wrap_up_code", call == null ? null : call.wrapUpCode());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
