package io.callqa.scoring.findings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.kit.persistence.Entities;
import io.callqa.kit.persistence.Transactions;
import io.callqa.scoring.checks.ChecksConfig;
import io.callqa.scoring.checks.Finding;
import io.callqa.scoring.checks.TranscriptChecks;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.calls.v1} → the automatic transcript checks: every call that carries a transcript is checked once, as
 * it arrives, so the findings are waiting when the call is sampled and the evaluator opens its task. Only the
 * findings are kept (quotes masked), never the transcript. Calls without a transcript are passed over. No inbox row
 * per call: a call is checked once by its id ({@code transcript_check}), however often it is delivered.
 */
@ApplicationScoped
public class CallChecker {

    private final EventBatchConsumer batches;
    private final TranscriptChecks checks;
    private final ChecksConfig config;
    private final MeterRegistry registry;
    private final Clock clock;

    public CallChecker(EventBatchConsumer batches, ChecksConfig config, MeterRegistry registry, Clock clock) {
        this.batches = batches;
        this.checks = new TranscriptChecks(config.rules());
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    @Incoming("calls")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consumeIdempotentDelivered(records, CallEvent.class, "transcript-checks",
                delivered -> check(delivered.stream().map(EventBatchConsumer.Delivered::event).toList()));
    }

    private Uni<Void> check(List<CallEvent> events) {
        Map<String, CallRecorded> transcribed = events.stream().filter(CallRecorded.class::isInstance)
                .map(CallRecorded.class::cast)
                .filter(c -> config.enabled() && !c.transcript().isEmpty())
                .collect(Collectors.toMap(CallRecorded::callId, Function.identity(), (a, b) -> a));
        if (transcribed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return TranscriptCheck.<TranscriptCheck>list("callId in ?1", List.copyOf(transcribed.keySet()))
                .map(done -> done.stream().map(c -> c.callId).collect(Collectors.toSet()))
                .chain(done -> store(transcribed.values().stream().filter(c -> !done.contains(c.callId())).toList()));
    }

    private Uni<Void> store(List<CallRecorded> calls) {
        List<Object> rows = new ArrayList<>();
        int found = 0;
        for (CallRecorded call : calls) {
            List<Finding> findings = checks.run(call.transcript());
            for (int i = 0; i < findings.size(); i++) {
                rows.add(TranscriptFinding.of(call.callId(), i, findings.get(i)));
            }
            rows.add(checked(call, findings.size()));
            found += findings.size();
        }
        int total = found;
        Transactions.afterCommit(() -> {
            registry.counter("qa.transcripts.checked").increment(calls.size());
            registry.counter("qa.transcripts.findings").increment(total);
        });
        return Entities.persistAll(rows);
    }

    private TranscriptCheck checked(CallRecorded call, int findings) {
        TranscriptCheck check = new TranscriptCheck();
        check.callId = call.callId();
        check.checkedAt = clock.instant();
        check.findings = findings;
        return check;
    }
}
