package io.callqa.events;

/** Topic names. Each carries its contract version; dead letters go to {@code <topic>.dlq}. */
public final class Topics {

    public static final String CALLS = "qa.calls.v1";
    public static final String ROSTER = "qa.roster.v1";
    public static final String COMPLAINTS = "qa.complaints.v1";
    public static final String SAMPLES = "qa.samples.v1";
    public static final String INTERVALS = "qa.intervals.v1";
    public static final String EVALUATIONS = "qa.evaluations.v1";
    public static final String FEEDBACK = "qa.feedback.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
