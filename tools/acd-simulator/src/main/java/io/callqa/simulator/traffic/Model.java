package io.callqa.simulator.traffic;

/** The traffic model's constants, in one place; the README lists them. */
public final class Model {

    /** The center's target: 80% of offered calls answered within 20 s. */
    public static final double SERVICE_LEVEL_TARGET = 0.80;
    public static final int SERVICE_LEVEL_SECONDS = 20;
    /** Share of the planned agent time the forecast fills with required (Erlang C) agents. */
    public static final double PLANNED_UTILISATION = 0.85;
    /** Talk time: log-normal around each queue's median with this shape, 20 s .. 1 h. */
    public static final double TALK_SIGMA = 0.65;
    public static final int TALK_MAX_SECONDS = 3_600;
    /** Share of answered calls that are short (3–19 s): wrong numbers, dropped lines, one-line questions. */
    public static final double SHORT_CALL_SHARE = 0.065;
    /** New hires talk longer. */
    public static final double NEW_HIRE_TALK_FACTOR = 1.2;
    /** After-call work (wrap-up) between two calls, uniform. */
    public static final int AFTER_CALL_MIN_SECONDS = 5;
    public static final int AFTER_CALL_MAX_SECONDS = 35;
    /** How long callers are willing to wait: exponential with this mean. */
    public static final double PATIENCE_MEAN_SECONDS = 140;
    /** Day-to-day forecast error: the day's volume is the forecast times a log-normal factor of this shape. */
    public static final double DAY_VOLUME_SIGMA = 0.06;
    /** Share of inbound calls from a number that called recently. */
    public static final double REPEAT_CALLER_SHARE = 0.10;
    /** Abandoned callers who waited a minute or more get a callback with this probability. */
    public static final double CALLBACK_SHARE = 0.30;

    private Model() {
    }

    /** The mean talk time of a queue with this median, short calls included (for planning). */
    public static double meanHandleSeconds(int medianTalkSeconds) {
        double talk = (1 - SHORT_CALL_SHARE) * medianTalkSeconds * Math.exp(TALK_SIGMA * TALK_SIGMA / 2)
                + SHORT_CALL_SHARE * 11;
        return talk + (AFTER_CALL_MIN_SECONDS + AFTER_CALL_MAX_SECONDS) / 2.0;
    }
}
