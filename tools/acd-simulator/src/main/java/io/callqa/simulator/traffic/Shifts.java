package io.callqa.simulator.traffic;

/**
 * The shift patterns: day shifts of 9 hours (8 on the phone and a 1-hour meal break 3–6 hours in) starting on the
 * half hour between 07:00 and 13:00, and a night shift covering 22:00–07:00 (the evening and the early morning of
 * the same calendar day).
 */
public final class Shifts {

    public static final int SHIFT_INTERVALS = 18;
    public static final int WORKING_INTERVALS = 16;
    public static final int FIRST_START = 14;
    public static final int LAST_START = 26;
    static final int NIGHT_FROM = 44;
    static final int NIGHT_UNTIL = 14;

    private Shifts() {
    }

    public static boolean isNight(int interval) {
        return interval < NIGHT_UNTIL || interval >= NIGHT_FROM;
    }

    public static boolean[] night() {
        boolean[] working = new boolean[DailyCurve.INTERVALS];
        for (int i = 0; i < working.length; i++) {
            working[i] = isNight(i);
        }
        return working;
    }

    /** A day shift starting at interval {@code start} with its break starting at interval {@code breakStart}. */
    public static boolean[] day(int start, int breakStart) {
        boolean[] working = new boolean[DailyCurve.INTERVALS];
        for (int i = start; i < start + SHIFT_INTERVALS; i++) {
            working[i] = i != breakStart && i != breakStart + 1;
        }
        return working;
    }
}
