package io.callqa.simulator.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A Poisson arrival process whose rate changes from one half-hour interval to the next. */
final class Arrivals {

    private Arrivals() {
    }

    /** Arrival times in seconds from the start of the day, ascending; {@code rates} in calls per second. */
    static List<Long> draw(SplittableRandom random, double[] rates) {
        List<Long> arrivals = new ArrayList<>();
        double t = 0;
        int interval = 0;
        while (interval < rates.length) {
            double boundary = (interval + 1.0) * DailyCurve.INTERVAL_SECONDS;
            double next = rates[interval] > 0 ? t + Draw.exponential(random, 1.0 / rates[interval]) : boundary;
            if (next >= boundary) {
                t = boundary; // memoryless: start over at the new rate
                interval++;
            } else {
                t = next;
                arrivals.add((long) Math.floor(t));
            }
        }
        return arrivals;
    }
}
