package io.callqa.sampling.complaints;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.ComplaintEvent;
import io.callqa.events.ComplaintReceived;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.callqa.sampling.samples.SampleWriter;
import io.callqa.sampling.samples.SamplingLock;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.complaints.v1} → the complaint table, once per {@code complaintId}; the call it names is sampled now
 * if it has arrived, else when it does.
 */
@ApplicationScoped
public class ComplaintConsumer {

    private static final String INSERT = """
            insert into complaint (complaint_id, call_id, agent_id, received_at, category, severity)
            values (:complaintId, :callId, :agentId, :receivedAt, :category, :severity)
            on conflict (complaint_id) do nothing""";

    private final EventBatchConsumer batches;
    private final ComplaintPicks picks;
    private final SampleWriter writer;
    private final SamplingLock lock;

    public ComplaintConsumer(EventBatchConsumer batches, ComplaintPicks picks, SampleWriter writer,
            SamplingLock lock) {
        this.batches = batches;
        this.picks = picks;
        this.writer = writer;
        this.lock = lock;
    }

    @Incoming("complaints")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, ComplaintEvent.class, "complaints", this::store);
    }

    private Uni<Void> store(List<ComplaintEvent> events) {
        return lock.acquire().chain(() -> Multi.createFrom().iterable(events)
                .map(ComplaintReceived.class::cast)
                .onItem().transformToUniAndConcatenate(this::store)
                .collect().last().replaceWithVoid());
    }

    private Uni<Void> store(ComplaintReceived complaint) {
        return Sql.update(INSERT, "complaintId", complaint.complaintId(), "callId", complaint.callId(),
                        "agentId", complaint.agentId(), "receivedAt", complaint.receivedAt(),
                        "category", complaint.category(), "severity", complaint.severity().name())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem()
                        : picks.forComplaint(new ComplaintPicks.Complaint(complaint.complaintId(), complaint.callId(),
                                complaint.category(), complaint.severity().name(), complaint.receivedAt()))
                                .chain(writer::write).replaceWithVoid());
    }
}
