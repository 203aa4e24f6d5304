package io.callqa.simulator.center;

import java.util.List;

/**
 * A skill queue (技能队列): its id, its share of the center's inbound traffic, the median talk time of its calls and
 * the ticket categories (建单项) its agents file.
 */
public record QueueProfile(String queueId, double weight, int medianTalkSeconds, List<String> wrapUpCodes) {

    public QueueProfile {
        wrapUpCodes = List.copyOf(wrapUpCodes);
    }
}
