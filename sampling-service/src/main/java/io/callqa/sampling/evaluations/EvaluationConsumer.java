package io.callqa.sampling.evaluations;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.EvaluationEvent;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.sampling.neighbours.NeighbourPicker;
import io.callqa.sampling.samples.SampleWriter;
import io.callqa.sampling.samples.SamplingLock;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.evaluations.v1}: keeps each evaluation's latest released version (the quota's scores of last month)
 * and, when an evaluation found a problem, samples the call's neighbours. An {@code EvaluationRevised} replaces the
 * score of the version it revises (its neighbours were picked, or not, at release); the topic's other events
 * (appeal decisions, calibrations) are not sampling's concern.
 */
@ApplicationScoped
public class EvaluationConsumer {

    private static final String UPSERT = """
            insert into evaluation (evaluation_id, version, sample_id, call_id, agent_id, total_score, problem_found,
                                    released_at)
            values (:evaluationId, :version, :sampleId, :callId, :agentId, :score, :problem, :releasedAt)
            on conflict (evaluation_id) do update set version = excluded.version, total_score = excluded.total_score,
                problem_found = excluded.problem_found, released_at = excluded.released_at
            where evaluation.version < excluded.version""";

    /** A revision replaces the score; the evaluation stays in the month it was first released in. */
    private static final String REVISE = """
            update evaluation set version = :version, total_score = :score, problem_found = :problem
            where evaluation_id = :evaluationId and version < :version""";

    private final EventBatchConsumer batches;
    private final NeighbourPicker neighbours;
    private final SampleWriter writer;
    private final SamplingLock lock;

    public EvaluationConsumer(EventBatchConsumer batches, NeighbourPicker neighbours, SampleWriter writer,
            SamplingLock lock) {
        this.batches = batches;
        this.neighbours = neighbours;
        this.writer = writer;
        this.lock = lock;
    }

    @Incoming("evaluations")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, EvaluationEvent.class, "evaluations", this::process);
    }

    private Uni<Void> process(List<EvaluationEvent> events) {
        return lock.acquire().chain(() -> Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(this::process)
                .collect().last().replaceWithVoid());
    }

    private Uni<Void> process(EvaluationEvent event) {
        if (event instanceof EvaluationReleased released) {
            return process(released);
        }
        if (event instanceof EvaluationRevised revised) {
            return Sql.update(REVISE, "evaluationId", revised.evaluationId(), "version", revised.version(),
                    "score", revised.totalScore(), "problem", revised.problemFound()).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> process(EvaluationReleased evaluation) {
        Uni<Integer> stored = Sql.update(UPSERT, "evaluationId", evaluation.evaluationId(),
                "version", evaluation.version(), "sampleId", evaluation.sampleId(), "callId", evaluation.callId(),
                "agentId", evaluation.agentId(), "score", evaluation.totalScore(),
                "problem", evaluation.problemFound(), "releasedAt", evaluation.releasedAt());
        return stored.chain(() -> evaluation.problemFound()
                ? neighbours.picks(evaluation).chain(writer::write).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }
}
