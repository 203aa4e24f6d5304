package io.callqa.simulator.traffic;

import java.time.DayOfWeek;

/**
 * When calls arrive: the relative volume of each half-hour interval of a day (busy 09:00–11:30 and 14:00–17:00,
 * a lunch dip, a long evening tail, a quiet night) and of each day of the week (Monday busiest, weekends quiet).
 */
public final class DailyCurve {

    public static final int INTERVALS = 48;
    public static final int INTERVAL_SECONDS = 1800;

    private static final double[] WEIGHTS = {
        // 00:00 .. 05:30
        0.030, 0.025, 0.020, 0.018, 0.015, 0.015, 0.015, 0.015, 0.015, 0.018, 0.022, 0.030,
        // 06:00 .. 11:30
        0.045, 0.070, 0.120, 0.250, 0.500, 0.720, 0.900, 1.000, 1.000, 1.000, 0.950, 0.820,
        // 12:00 .. 17:30
        0.620, 0.560, 0.650, 0.800, 0.900, 0.950, 0.950, 0.930, 0.900, 0.850, 0.700, 0.560,
        // 18:00 .. 23:30
        0.470, 0.420, 0.380, 0.350, 0.320, 0.280, 0.220, 0.160, 0.110, 0.080, 0.060, 0.040,
    };
    private static final double TOTAL = sum();

    private DailyCurve() {
    }

    /** The share of a day's calls that arrive in the interval (the shares of a day add up to 1). */
    public static double share(int interval) {
        return WEIGHTS[interval] / TOTAL;
    }

    /** A day's volume relative to an average weekday. */
    public static double weekdayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.12;
            case TUESDAY -> 1.03;
            case WEDNESDAY, THURSDAY -> 1.0;
            case FRIDAY -> 0.97;
            case SATURDAY -> 0.78;
            case SUNDAY -> 0.72;
        };
    }

    private static double sum() {
        double total = 0;
        for (double weight : WEIGHTS) {
            total += weight;
        }
        return total;
    }
}
