package io.callqa.reporting.projection;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.Event;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.reporting.calls.CallProjection;
import io.callqa.reporting.complaints.ComplaintProjection;
import io.callqa.reporting.evaluations.EvaluationProjection;
import io.callqa.reporting.feedback.FeedbackProjection;
import io.callqa.reporting.intervals.IntervalProjection;
import io.callqa.reporting.roster.RosterProjection;
import io.callqa.reporting.samples.SampleProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The live read models: each topic's polls, in one transaction each, through the inbox (each event once) into its
 * projection, under the rebuild lock held shared. Unreadable or unprocessable records go to the topic's
 * dead-letter topic.
 */
@ApplicationScoped
public class ProjectionConsumers {

    private final EventBatchConsumer batches;
    private final CallProjection calls;
    private final IntervalProjection intervals;
    private final SampleProjection samples;
    private final EvaluationProjection evaluations;
    private final FeedbackProjection feedback;
    private final ComplaintProjection complaints;
    private final RosterProjection roster;

    public ProjectionConsumers(EventBatchConsumer batches, CallProjection calls, IntervalProjection intervals,
            SampleProjection samples, EvaluationProjection evaluations, FeedbackProjection feedback,
            ComplaintProjection complaints, RosterProjection roster) {
        this.batches = batches;
        this.calls = calls;
        this.intervals = intervals;
        this.samples = samples;
        this.evaluations = evaluations;
        this.feedback = feedback;
        this.complaints = complaints;
        this.roster = roster;
    }

    @Incoming("calls")
    public Uni<Void> calls(ConsumerRecords<String, String> records) {
        return consume(records, calls);
    }

    @Incoming("intervals")
    public Uni<Void> intervals(ConsumerRecords<String, String> records) {
        return consume(records, intervals);
    }

    @Incoming("samples")
    public Uni<Void> samples(ConsumerRecords<String, String> records) {
        return consume(records, samples);
    }

    @Incoming("evaluations")
    public Uni<Void> evaluations(ConsumerRecords<String, String> records) {
        return consume(records, evaluations);
    }

    @Incoming("feedback")
    public Uni<Void> feedback(ConsumerRecords<String, String> records) {
        return consume(records, feedback);
    }

    @Incoming("complaints")
    public Uni<Void> complaints(ConsumerRecords<String, String> records) {
        return consume(records, complaints);
    }

    @Incoming("roster")
    public Uni<Void> roster(ConsumerRecords<String, String> records) {
        return consume(records, roster);
    }

    private <E extends Event> Uni<Void> consume(ConsumerRecords<String, String> records, Projection<E> projection) {
        return batches.consume(records, projection.family(), projection.name(), RebuildLock::shared,
                projection::apply);
    }
}
