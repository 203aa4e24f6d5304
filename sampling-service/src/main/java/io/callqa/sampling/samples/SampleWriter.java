package io.callqa.sampling.samples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.SampleEvent;
import io.callqa.kit.center.CenterConfig;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.persistence.Transactions;
import io.callqa.sampling.rules.RuleBook;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.store.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns picks into samples, at most one per call: a call not yet sampled becomes a sample with every reason that
 * picked it ({@code SampleSelected}); a sampled call gains the reasons of rules that had not picked it before
 * ({@code SampleUpdated}). Disabled rules and picks over a rule's daily cap are dropped. Runs in the caller's
 * transaction; events go through the outbox.
 */
@ApplicationScoped
public class SampleWriter {

    private static final String EXISTING = """
            select s.call_id, s.sample_id, s.mode, s.priority, s.due_at, s.reasons,
                   array(select r.rule from sample_reason r where r.call_id = s.call_id) as rules
            from sample s where s.call_id in (select json_array_elements_text(cast(cast(:ids as text) as json)))""";

    private static final String INSERT_SAMPLES = """
            insert into sample (sample_id, call_id, agent_id, team_id, queue_id, enqueued_at, answered_at, ended_at,
                                talk_seconds, wait_seconds, recording_uri, wrap_up_code, reasons, mode, priority,
                                selected_at, due_at)
            select * from json_to_recordset(cast(cast(:rows as text) as json)) as r(sample_id uuid, call_id text, agent_id text,
                team_id text, queue_id text, enqueued_at timestamptz, answered_at timestamptz, ended_at timestamptz,
                talk_seconds integer, wait_seconds integer, recording_uri text, wrap_up_code text, reasons text,
                mode text, priority text, selected_at timestamptz, due_at timestamptz)""";

    private static final String UPDATE_SAMPLES = """
            update sample s set reasons = r.reasons, mode = r.mode, priority = r.priority, due_at = r.due_at
            from json_to_recordset(cast(cast(:rows as text) as json)) as r(call_id text, reasons text, mode text,
                priority text, due_at timestamptz)
            where s.call_id = r.call_id""";

    private static final String INSERT_REASONS = """
            insert into sample_reason (call_id, rule, agent_id, call_day, detail, evidence, added_at, event_at)
            select r.call_id, r.rule, r.agent_id, r.call_day, r.detail, r.evidence, r.added_at, r.event_at
            from json_to_recordset(cast(cast(:rows as text) as json)) as r(call_id text, rule text, agent_id text,
                call_day date, detail text, evidence jsonb, added_at timestamptz, event_at timestamptz)
            on conflict do nothing""";

    private final RulesConfig config;
    private final RuleBook book;
    private final DailyCaps caps;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final Clock clock;
    private final ZoneId zone;

    public SampleWriter(RulesConfig config, DailyCaps caps, Outbox outbox, MeterRegistry registry, Clock clock,
            CenterConfig center) {
        this.config = config;
        this.book = config.book();
        this.caps = caps;
        this.outbox = outbox;
        this.registry = registry;
        this.clock = clock;
        this.zone = center.zone();
    }

    /** Writes the picks; answers those that took effect (a new sample or a new reason on a sample). */
    public Uni<List<Pick>> write(List<Pick> picks) {
        Map<String, Pick> unique = new LinkedHashMap<>();
        picks.stream().filter(p -> book.enabled(p.reason().rule()))
                .forEach(p -> unique.putIfAbsent(p.call().callId() + "|" + p.reason().rule(), p));
        if (unique.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return caps.admit(List.copyOf(unique.values()), book, zone).chain(this::merge);
    }

    private Uni<List<Pick>> merge(List<Pick> admitted) {
        if (admitted.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = admitted.stream().map(p -> p.call().callId()).distinct().toList();
        return Sql.rows(EXISTING, ExistingSample.class, "ids", Sql.json(ids))
                .map(rows -> rows.stream().collect(Collectors.toMap(ExistingSample::callId, Function.identity())))
                .map(existing -> SampleMerge.of(admitted, existing, book, config.due(), clock.instant(), zone))
                .call(this::store)
                .map(SampleMerge::effective);
    }

    private Uni<Void> store(SampleMerge merge) {
        if (merge.effective().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = merge.now();
        List<SampleEvent> events = new ArrayList<>();
        merge.created().forEach(s -> events.add(s.event(UUID.randomUUID(), now)));
        merge.updated().forEach(u -> events.add(u.event(UUID.randomUUID(), now)));
        Transactions.afterCommit(() -> merge.effective().forEach(p -> registry
                .counter("qa.samples.selected", "rule", p.reason().rule().name()).increment()));
        return insertSamples(merge.created())
                .chain(() -> merge.updated().isEmpty() ? Uni.createFrom().item(0)
                        : Sql.update(UPDATE_SAMPLES, "rows", Sql.json(merge.updated().stream()
                                .map(SampleMerge.Updated::row).toList())))
                .chain(() -> Sql.update(INSERT_REASONS, "rows", Sql.json(merge.reasonRows(zone))))
                .chain(() -> outbox.addAll(events));
    }

    private Uni<Integer> insertSamples(List<NewSample> created) {
        return created.isEmpty() ? Uni.createFrom().item(0)
                : Sql.update(INSERT_SAMPLES, "rows", Sql.json(created.stream().map(NewSample::row).toList()));
    }

    /** A sample as stored, with the rules of its reasons. */
    record ExistingSample(String callId, UUID sampleId, String mode, String priority, Instant dueAt,
            String reasons, List<String> rules) {
    }
}
