package io.callqa.ingest.adapters.amazonconnect;

import io.callqa.events.CallRecorded.Direction;
import io.callqa.ingest.adapters.CallBuilder;

/**
 * The {@code Queue} section: which queue, and when the contact entered it. An inbound contact needs both. An
 * outbound contact carries the agent's outbound queue without an {@code EnqueueTimestamp} (a callback has one),
 * so there they are taken when given. A contact that reached neither a queue nor an agent never left the IVR.
 */
final class ContactQueue {

    private ContactQueue() {
    }

    static void map(CtrFields ctr, Direction direction, boolean answered, CallBuilder call) {
        if (ctr.node("Queue") == null) {
            if (!answered) {
                call.error("Queue", "is missing and no agent was connected: an IVR-only contact is not "
                        + "quality-checked");
            } else if (direction == Direction.INBOUND) {
                call.error("Queue", "is required for an inbound contact: it reaches its agent through a queue");
            }
            return;
        }
        boolean inbound = direction == Direction.INBOUND;
        call.put("queueId", queueId(ctr, inbound, call));
        call.put("enqueuedAt", inbound
                ? ctr.requiredInstant("Queue.EnqueueTimestamp", "is required for an inbound contact that entered a "
                        + "queue")
                : ctr.instant("Queue.EnqueueTimestamp"));
    }

    /** {@code Queue.Name}, else the queue id at the end of {@code Queue.ARN} (an agent's own queue has no name). */
    private static String queueId(CtrFields ctr, boolean required, CallBuilder call) {
        String name = ctr.text("Queue.Name");
        String id = name != null ? name : ContactAgent.lastSegment(ctr.text("Queue.ARN"));
        if (id == null && required) {
            call.error("Queue.Name", "is required for an inbound contact (or Queue.ARN, whose last part is the "
                    + "queue id)");
        }
        return id;
    }
}
