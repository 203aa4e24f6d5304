package io.callqa.simulator.traffic;

import java.time.LocalDate;
import java.util.List;

import io.callqa.simulator.center.QueueProfile;

/**
 * The center's workforce plan: the average weekday volume its agents can carry, and per interval how many agents
 * Erlang C says are needed for 80/20. The volume is chosen so that the required agent time of a day fills
 * {@link Model#PLANNED_UTILISATION} of the agents' shifts: a well-planned center, running close to its capacity.
 * Agents answer every queue (their own first), so the plan is for the whole center, with the queues' mixed
 * handle time.
 */
public record Forecast(int agents, double weekdayVolume, double handleSeconds) {

    public static Forecast plan(List<QueueProfile> queues, int agents) {
        double handle = handleSeconds(queues);
        double low = 0;
        double high = 400.0 * agents;
        for (int i = 0; i < 60; i++) {
            double volume = (low + high) / 2;
            Forecast candidate = new Forecast(agents, volume, handle);
            int[] required = candidate.required(1.0);
            if (dayRequirement(required) > Model.PLANNED_UTILISATION * (agents - candidate.nightAgents(required))
                    * Shifts.WORKING_INTERVALS) {
                high = volume;
            } else {
                low = volume;
            }
        }
        return new Forecast(agents, low, handle);
    }

    /** Expected calls per second in an interval of the day. */
    public double ratePerSecond(LocalDate day, int interval) {
        return weekdayVolume * DailyCurve.weekdayFactor(day.getDayOfWeek()) * DailyCurve.share(interval)
                / DailyCurve.INTERVAL_SECONDS;
    }

    /** Agents needed per interval for the day's forecast. */
    public int[] required(LocalDate day) {
        return required(DailyCurve.weekdayFactor(day.getDayOfWeek()));
    }

    /** Agents to keep on the night shift: the most any night interval needs; none in a center of under 4. */
    public int nightAgents(int[] required) {
        if (agents < 4) {
            return 0;
        }
        int most = 0;
        for (int i = 0; i < DailyCurve.INTERVALS; i++) {
            if (Shifts.isNight(i)) {
                most = Math.max(most, required[i]);
            }
        }
        return Math.min(Math.max(1, most), agents / 4);
    }

    private int[] required(double dayFactor) {
        int[] required = new int[DailyCurve.INTERVALS];
        for (int i = 0; i < required.length; i++) {
            double erlangs = weekdayVolume * dayFactor * DailyCurve.share(i) / DailyCurve.INTERVAL_SECONDS
                    * handleSeconds;
            required[i] = ErlangC.agentsFor(erlangs, handleSeconds, Model.SERVICE_LEVEL_TARGET,
                    Model.SERVICE_LEVEL_SECONDS);
        }
        return required;
    }

    private static int dayRequirement(int[] required) {
        int total = 0;
        for (int i = 0; i < required.length; i++) {
            total += Shifts.isNight(i) ? 0 : required[i];
        }
        return total;
    }

    private static double handleSeconds(List<QueueProfile> queues) {
        double weights = 0;
        double handle = 0;
        for (QueueProfile queue : queues) {
            weights += queue.weight();
            handle += queue.weight() * Model.meanHandleSeconds(queue.medianTalkSeconds());
        }
        return handle / weights;
    }
}
