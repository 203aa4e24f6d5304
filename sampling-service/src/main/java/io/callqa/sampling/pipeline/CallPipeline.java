package io.callqa.sampling.pipeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.kit.messaging.EventBatchConsumer.Delivered;
import io.callqa.kit.persistence.Transactions;
import io.callqa.sampling.arrival.ArrivalRules;
import io.callqa.sampling.calls.CallIndexer;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.intervals.CompletedDays;
import io.callqa.sampling.intervals.EventTime;
import io.callqa.sampling.intervals.ServiceIntervals;
import io.callqa.sampling.quota.RandomQuota;
import io.callqa.sampling.samples.SampleWriter;
import io.callqa.sampling.samples.SamplingLock;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One batch of call records, in one transaction: index the calls; apply the rules that judge a call on arrival;
 * queue the new answered calls for their random real-time draw; update the intervals the calls touch; then move
 * the watermark, draw for the queued calls it reached, close the intervals it passed and run the jobs of the days
 * it completed.
 */
@ApplicationScoped
public class CallPipeline {

    private final SamplingLock lock;
    private final CallIndexer indexer;
    private final ArrivalRules arrival;
    private final SampleWriter writer;
    private final RandomQuota quota;
    private final ServiceIntervals intervals;
    private final EventTime eventTime;
    private final CompletedDays days;
    private final MeterRegistry registry;

    public CallPipeline(SamplingLock lock, CallIndexer indexer, ArrivalRules arrival, SampleWriter writer,
            RandomQuota quota, ServiceIntervals intervals, EventTime eventTime, CompletedDays days,
            MeterRegistry registry) {
        this.lock = lock;
        this.indexer = indexer;
        this.arrival = arrival;
        this.writer = writer;
        this.quota = quota;
        this.intervals = intervals;
        this.eventTime = eventTime;
        this.days = days;
        this.registry = registry;
    }

    public Uni<Void> process(List<Delivered<CallEvent>> delivered) {
        Map<Integer, Instant> maxEnded = new HashMap<>();
        delivered.forEach(d -> maxEnded.merge(d.partition(), ((CallRecorded) d.event()).endedAt(),
                (a, b) -> a.isAfter(b) ? a : b));
        List<CallEvent> events = delivered.stream().map(Delivered::event).toList();
        Instant earliestEnded = delivered.stream().map(d -> ((CallRecorded) d.event()).endedAt())
                .min(Comparator.naturalOrder()).orElseThrow();
        return lock.acquire()
                .chain(() -> indexer.index(events))
                .invoke(changed -> Transactions.afterCommit(() -> registry.counter("qa.calls.indexed")
                        .increment(changed.stream().filter(CallRow::inserted).count())))
                .call(changed -> arrival.picks(changed).chain(writer::write).chain(() -> quota.arrived(changed)))
                .chain(changed -> eventTime.observe(maxEnded, earliestEnded)
                        .call(mark -> intervals.recompute(changed, mark.value()).chain(writer::write)))
                .chain(this::advance);
    }

    /** Acts on what the watermark has passed: real-time draws, closing intervals, then whole days. */
    public Uni<Void> advance(EventTime.Mark mark) {
        return quota.realtime(mark.value()).chain(writer::write)
                .chain(() -> intervals.close(mark.value())).chain(writer::write)
                .chain(() -> days.completeUpTo(mark))
                .chain(completed -> Multi.createFrom().iterable(completed)
                        .onItem().transformToUniAndConcatenate(day -> quota.daily(day).chain(writer::write))
                        .collect().last())
                .replaceWithVoid();
    }

    /** Moves an idle watermark (no record for a while) and closes what it passes. */
    public Uni<Void> idle() {
        return lock.acquire().chain(eventTime::idle)
                .chain(moved -> moved.map(this::advance).orElse(Uni.createFrom().voidItem()));
    }
}
