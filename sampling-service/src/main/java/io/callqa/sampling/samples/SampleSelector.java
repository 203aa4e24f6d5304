package io.callqa.sampling.samples;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.SampleSelected;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.callqa.sampling.calls.IndexedCall;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.RulesConfig;
import io.callqa.sampling.rules.ShortCallRule;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies the rules to calls and turns each call they pick into one sample, published as
 * {@code SampleSelected} through the outbox in the caller's transaction. A call already sampled is never
 * sampled again.
 */
@ApplicationScoped
public class SampleSelector {

    private final ShortCallRule shortCall;
    private final RulesConfig config;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final Clock clock;

    public SampleSelector(RulesConfig config, Outbox outbox, MeterRegistry registry, Clock clock) {
        this.shortCall = new ShortCallRule(config.shortCall().maxTalkSeconds());
        this.config = config;
        this.outbox = outbox;
        this.registry = registry;
        this.clock = clock;
    }

    public Uni<Void> select(List<IndexedCall> calls) {
        List<IndexedCall> picked = calls.stream().filter(c -> !reasons(c).isEmpty()).toList();
        if (picked.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Sample.<Sample>list("callId in ?1", picked.stream().map(c -> c.callId).toList())
                .map(existing -> existing.stream().map(s -> s.callId).collect(Collectors.toSet()))
                .chain(sampled -> create(picked, sampled));
    }

    private Uni<Void> create(List<IndexedCall> picked, Set<String> alreadySampled) {
        Instant now = clock.instant();
        List<Sample> samples = new ArrayList<>();
        for (IndexedCall call : picked) {
            if (!alreadySampled.contains(call.callId)) {
                List<Reason> reasons = reasons(call);
                samples.add(Sample.of(call, reasons.stream().map(SampleSelector::toEvent).toList(),
                        SamplePlan.of(reasons, now, config.due().realtime(), config.due().posthoc()), now));
                Transactions.afterCommit(() -> reasons.forEach(
                        r -> registry.counter("qa.samples.selected", "rule", r.rule().name()).increment()));
            }
        }
        return Entities.persistAll(samples).chain(() -> outbox.addAll(samples.stream()
                .map(s -> s.selected(UUID.randomUUID(), now)).toList()));
    }

    private List<Reason> reasons(IndexedCall call) {
        return shortCall.evaluate(call.answered(), call.talkSeconds).stream().toList();
    }

    private static SampleSelected.Reason toEvent(Reason reason) {
        return new SampleSelected.Reason(reason.rule().name(), reason.detail());
    }
}
