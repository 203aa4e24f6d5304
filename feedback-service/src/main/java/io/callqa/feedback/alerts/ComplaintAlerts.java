package io.callqa.feedback.alerts;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.callqa.events.ComplaintEvent;
import io.callqa.events.ComplaintReceived;
import io.callqa.feedback.roster.Roster;
import io.callqa.kit.messaging.EventBatchConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code qa.complaints.v1} → GROUP_COMPLAINT for each group-level complaint (inbox {@code alerts-complaints}). The
 * agent's team comes from the roster; a complaint without a known agent or team goes to QA leads only.
 */
@ApplicationScoped
public class ComplaintAlerts {

    private final EventBatchConsumer batches;
    private final Roster roster;
    private final Alerts alerts;

    public ComplaintAlerts(EventBatchConsumer batches, Roster roster, Alerts alerts) {
        this.batches = batches;
        this.roster = roster;
        this.alerts = alerts;
    }

    @Incoming("complaints")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return batches.consume(records, ComplaintEvent.class, "alerts-complaints", this::raise);
    }

    private Uni<Void> raise(List<ComplaintEvent> events) {
        List<ComplaintReceived> groupLevel = events.stream().filter(ComplaintReceived.class::isInstance)
                .map(ComplaintReceived.class::cast)
                .filter(c -> c.severity() == ComplaintReceived.Severity.GROUP_LEVEL).toList();
        if (groupLevel.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return roster.teamsOf(groupLevel.stream().map(ComplaintReceived::agentId).toList())
                .chain(teams -> alerts.raiseAll(groupLevel.stream()
                        .map(c -> NewAlert.groupComplaint(c, c.agentId() == null ? null : teams.get(c.agentId())))
                        .toList()));
    }
}
