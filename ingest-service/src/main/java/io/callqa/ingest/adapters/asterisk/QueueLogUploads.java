package io.callqa.ingest.adapters.asterisk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.callqa.ingest.IngestConfig;
import io.callqa.ingest.calls.CallerNumbers;
import io.callqa.ingest.intake.CallIntake;
import io.callqa.ingest.intake.Candidate;
import io.callqa.ingest.intake.PublishOnce;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.ingest.intake.Source;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One queue_log upload, in one transaction: load what earlier uploads left pending for the callids it mentions,
 * assemble, publish the calls that ended, and store what is still pending. If publishing fails, nothing of the
 * upload is kept, and sending it again is safe.
 */
@ApplicationScoped
public class QueueLogUploads {

    private final Pool pool;
    private final PendingQueueLog store;
    private final CallIntake intake;
    private final PublishOnce once;
    private final CallerNumbers numbers;
    private final RequestLimits limits;
    private final Clock clock;

    public QueueLogUploads(Pool pool, PendingQueueLog store, CallIntake intake, PublishOnce once,
            IngestConfig config, RequestLimits limits, Clock clock) {
        this.limits = limits;
        this.pool = pool;
        this.store = store;
        this.intake = intake;
        this.once = once;
        this.numbers = new CallerNumbers(config.callerHashKey());
        this.clock = clock;
    }

    public Uni<QueueLogResult> upload(String text) {
        Set<String> callIds = callIds(text);
        return once.bounded(pool.withTransaction(tx -> store.load(tx, callIds).chain(loaded -> {
            QueueLogAssembly assembly = QueueLogAssembler.assemble(loaded.lines(), text);
            QueueStays.Named named = QueueStays.name(
                    assembly.calls().stream().map(PendingCallers::restore).toList(), loaded.firstStays());
            List<Candidate> candidates = new ArrayList<>(named.calls());
            candidates.addAll(assembly.rejectedLines());
            limits.checkRecordCount(candidates.size());
            Map<String, List<String>> pending = protect(assembly.pending());
            return intake.submitIn(tx, Source.ASTERISK, candidates)
                    .call(() -> store.save(tx, callIds, pending, named.firstStays(), clock.instant()))
                    .map(outcome -> QueueLogResult.of(outcome.result(), assembly.pending()));
        })));
    }

    private Map<String, List<String>> protect(Map<String, List<String>> pending) {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        pending.forEach((id, lines) -> stored.put(id, lines.stream()
                .map(line -> PendingCallers.protect(line, numbers)).toList()));
        return stored;
    }

    /** The callids of the upload's lines (the second field), whatever else is wrong with them. */
    static Set<String> callIds(String text) {
        Set<String> ids = new TreeSet<>();
        text.lines().forEach(line -> {
            String[] fields = line.split("\\|", 3);
            if (fields.length == 3 && !fields[1].isBlank() && !"NONE".equals(fields[1])) {
                ids.add(fields[1].strip());
            }
        });
        return ids;
    }
}
