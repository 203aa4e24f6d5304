package io.callqa.simulator.traffic;

import io.callqa.simulator.center.Agent;
import io.callqa.simulator.center.QueueProfile;
import io.callqa.simulator.records.Call.Direction;

/**
 * A call as the queue simulation saw it, in epoch seconds: when it entered the queue (or, outbound, was dialled),
 * when an agent answered ({@code -1}: never) and when it ended. A callback names the abandoned call it returns.
 */
record Leg(QueueProfile queue, Agent agent, Direction direction, long startedAt, long answeredAt, long endedAt,
        Leg origin) {

    static final long NEVER = -1;

    boolean answered() {
        return answeredAt != NEVER;
    }

    long waitSeconds() {
        return (answered() ? answeredAt : endedAt) - startedAt;
    }

    int talkSeconds() {
        return answered() ? (int) (endedAt - answeredAt) : 0;
    }
}
