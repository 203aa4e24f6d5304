package io.callqa.simulator.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.center.Agent;
import io.callqa.simulator.center.QueueProfile;
import io.callqa.simulator.records.Call.Direction;

/**
 * The center's queues through one day, first come first served: each caller (their queue drawn by the queues'
 * weights) goes to the agent who can take them first — among several, one whose own queue it is, then the longest
 * idle — among the agents on duty; a caller whose patience runs out before that hangs up. An agent finishes a call
 * that runs past the end of their shift, and is busy for the after-call work.
 */
final class QueueSimulation {

    private final List<QueueProfile> queues;
    private final double totalWeight;
    private final long dayStart;
    private final List<Agent> agents;
    private final boolean[][] onDuty;
    private final long[] freeAt;
    private final SplittableRandom random;

    QueueSimulation(List<QueueProfile> queues, long dayStart, List<Agent> agents, boolean[][] onDuty,
            SplittableRandom random) {
        this.queues = queues;
        this.totalWeight = queues.stream().mapToDouble(QueueProfile::weight).sum();
        this.dayStart = dayStart;
        this.agents = agents;
        this.onDuty = onDuty;
        this.freeAt = new long[agents.size()];
        this.random = random;
    }

    List<Leg> run(double[] rates) {
        List<Leg> legs = new ArrayList<>();
        for (long offset : Arrivals.draw(random, rates)) {
            legs.add(serve(queue(), dayStart + offset));
        }
        return legs;
    }

    private QueueProfile queue() {
        double u = random.nextDouble() * totalWeight;
        for (QueueProfile queue : queues) {
            u -= queue.weight();
            if (u < 0) {
                return queue;
            }
        }
        return queues.get(queues.size() - 1);
    }

    private Leg serve(QueueProfile queue, long arrival) {
        long patience = Math.round(Draw.exponential(random, Model.PATIENCE_MEAN_SECONDS));
        int chosen = -1;
        long start = Long.MAX_VALUE;
        for (int a = 0; a < agents.size(); a++) {
            long possible = earliestStart(a, arrival);
            if (possible < start || possible == start && possible != Long.MAX_VALUE && better(a, chosen, queue)) {
                chosen = a;
                start = possible;
            }
        }
        if (chosen < 0 || start - arrival > patience) {
            return new Leg(queue, null, Direction.INBOUND, arrival, Leg.NEVER, arrival + patience, null);
        }
        Agent agent = agents.get(chosen);
        long ended = start + TalkTimes.draw(random, queue.medianTalkSeconds(), agent.newHire());
        freeAt[chosen] = ended + Draw.between(random, Model.AFTER_CALL_MIN_SECONDS, Model.AFTER_CALL_MAX_SECONDS);
        return new Leg(queue, agent, Direction.INBOUND, arrival, start, ended, null);
    }

    /** Among agents who can start at the same time: the queue's own agents first, then the longest idle. */
    private boolean better(int candidate, int chosen, QueueProfile queue) {
        boolean candidateOwn = agents.get(candidate).queueId().equals(queue.queueId());
        boolean chosenOwn = agents.get(chosen).queueId().equals(queue.queueId());
        return candidateOwn != chosenOwn ? candidateOwn : freeAt[candidate] < freeAt[chosen];
    }

    /** When agent {@code a} could answer a call arriving at {@code arrival}; MAX_VALUE when not any more today. */
    private long earliestStart(int a, long arrival) {
        long from = Math.max(arrival, freeAt[a]);
        int interval = (int) ((from - dayStart) / DailyCurve.INTERVAL_SECONDS);
        if (interval >= DailyCurve.INTERVALS) {
            return onDuty[a][DailyCurve.INTERVALS - 1] ? from : Long.MAX_VALUE; // the night shift carries on
        }
        if (onDuty[a][interval]) {
            return from;
        }
        for (int i = interval + 1; i < DailyCurve.INTERVALS; i++) {
            if (onDuty[a][i]) {
                return dayStart + (long) i * DailyCurve.INTERVAL_SECONDS;
            }
        }
        return Long.MAX_VALUE;
    }
}
