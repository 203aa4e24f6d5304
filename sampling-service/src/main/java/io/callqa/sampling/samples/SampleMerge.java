package io.callqa.sampling.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.events.EventJson;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.sampling.rules.RuleBook;
import io.callqa.sampling.rules.RulesConfig;

/**
 * One sample per call, whatever the number of rules: groups a batch of picks by call into new samples and
 * updates of existing ones, skipping any rule a sample already has. Plain logic; {@link SampleWriter} stores it.
 */
final class SampleMerge {

    private final List<NewSample> created = new ArrayList<>();
    private final List<Updated> updated = new ArrayList<>();
    private final List<Pick> effective = new ArrayList<>();
    private final Instant now;

    private SampleMerge(Instant now) {
        this.now = now;
    }

    /** A sample gaining reasons. */
    record Updated(SampleWriter.ExistingSample sample, Pick first, List<SampleSelected.Reason> added,
            List<SampleSelected.Reason> reasons, SamplePlan plan) {

        record Row(String callId, String reasons, String mode, String priority, Instant dueAt) {
        }

        Row row() {
            return new Row(sample.callId(), reasonsJson(reasons), plan.mode().name(), plan.priority().name(),
                    plan.dueAt());
        }

        SampleUpdated event(UUID eventId, Instant now) {
            return new SampleUpdated(eventId, now, sample.sampleId(), sample.callId(), first.call().agentId(),
                    first.call().teamId(), first.call().queueId(), added, reasons, plan.mode(), plan.priority(),
                    plan.dueAt());
        }
    }

    /** A reason as a row of {@code sample_reason}. */
    record ReasonRow(String callId, String rule, String agentId, LocalDate callDay, String detail,
            Map<String, Object> evidence,
            Instant addedAt,
            Instant eventAt) {
    }

    static SampleMerge of(List<Pick> picks, Map<String, SampleWriter.ExistingSample> existing, RuleBook book,
            RulesConfig.Due due, Instant now, ZoneId zone) {
        SampleMerge merge = new SampleMerge(now);
        Map<String, List<Pick>> byCall = new LinkedHashMap<>();
        picks.forEach(p -> byCall.computeIfAbsent(p.call().callId(), k -> new ArrayList<>()).add(p));
        byCall.forEach((callId, callPicks) -> {
            SampleWriter.ExistingSample sample = existing.get(callId);
            if (sample == null) {
                merge.create(callPicks, book, due, now);
            } else {
                merge.update(sample, callPicks, book, due, now);
            }
        });
        return merge;
    }

    private void create(List<Pick> picks, RuleBook book, RulesConfig.Due due, Instant now) {
        SamplePlan plan = SamplePlan.of(picks.stream().map(Pick::reason).toList(), book, now, due.realtime(),
                due.posthoc());
        created.add(new NewSample(UUID.randomUUID(), picks.get(0).call(), picks.stream().map(SampleMerge::toEvent)
                .toList(), plan, now));
        effective.addAll(picks);
    }

    private void update(SampleWriter.ExistingSample sample, List<Pick> picks, RuleBook book, RulesConfig.Due due,
            Instant now) {
        Set<String> had = new HashSet<>(sample.rules());
        List<Pick> fresh = picks.stream().filter(p -> !had.contains(p.reason().rule().name())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<SampleSelected.Reason> reasons = new ArrayList<>(readReasons(sample.reasons()));
        List<SampleSelected.Reason> added = fresh.stream().map(SampleMerge::toEvent).toList();
        reasons.addAll(added);
        SamplePlan before = new SamplePlan(SampleSelected.Mode.valueOf(sample.mode()),
                SampleSelected.Priority.valueOf(sample.priority()), sample.dueAt());
        SamplePlan plan = before.merge(fresh.stream().map(Pick::reason).toList(), book, now, due.realtime(),
                due.posthoc());
        updated.add(new Updated(sample, fresh.get(0), added, reasons, plan));
        effective.addAll(fresh);
    }

    List<NewSample> created() {
        return created;
    }

    List<Updated> updated() {
        return updated;
    }

    /** The picks that made a sample or added a reason. */
    List<Pick> effective() {
        return effective;
    }

    Instant now() {
        return now;
    }

    List<ReasonRow> reasonRows(ZoneId zone) {
        return effective.stream().map(p -> new ReasonRow(p.call().callId(), p.reason().rule().name(),
                p.call().agentId(), p.call().start().atZone(zone).toLocalDate(), p.reason().detail(),
                p.reason().evidence(), now, p.eventAt())).toList();
    }

    static SampleSelected.Reason toEvent(Pick pick) {
        return new SampleSelected.Reason(pick.reason().rule().name(), pick.reason().detail());
    }

    static String reasonsJson(List<SampleSelected.Reason> reasons) {
        try {
            return EventJson.mapper().writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<SampleSelected.Reason> readReasons(String json) {
        try {
            return EventJson.mapper().readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable reasons: " + json, e);
        }
    }
}
