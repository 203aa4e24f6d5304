package io.callqa.reporting.servicelevel;

/** A day's sums of {@code call_day} for the scope: offered, answered and abandoned calls, queue wait of answered. */
public record CallFigures(long offered, long answered, long abandoned, long waitSeconds) {

    public static final CallFigures NONE = new CallFigures(0, 0, 0, 0);

    public CallFigures plus(CallFigures other) {
        return new CallFigures(offered + other.offered, answered + other.answered, abandoned + other.abandoned,
                waitSeconds + other.waitSeconds);
    }
}
