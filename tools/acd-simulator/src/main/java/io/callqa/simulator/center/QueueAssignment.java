package io.callqa.simulator.center;

import java.util.ArrayList;
import java.util.List;

/**
 * Which queue each agent answers: one agent per queue first, then each next agent to the queue with the highest
 * traffic weight per agent already assigned (the D'Hondt rule), so staffing follows traffic and queues interleave.
 */
final class QueueAssignment {

    private QueueAssignment() {
    }

    static List<String> assign(List<QueueProfile> queues, int agents) {
        int[] assigned = new int[queues.size()];
        List<String> result = new ArrayList<>(agents);
        for (int i = 0; i < agents; i++) {
            int queue = i < queues.size() ? i : mostDeserving(queues, assigned);
            assigned[queue]++;
            result.add(queues.get(queue).queueId());
        }
        return result;
    }

    private static int mostDeserving(List<QueueProfile> queues, int[] assigned) {
        int best = 0;
        for (int q = 1; q < queues.size(); q++) {
            if (queues.get(q).weight() / (assigned[q] + 1) > queues.get(best).weight() / (assigned[best] + 1)) {
                best = q;
            }
        }
        return best;
    }
}
