package io.callqa.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.callqa.events.CallRecorded;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.SampleSelected;

/** Events as the services publish them, for tests that need one without running the publisher. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private Fixtures() {
    }

    /** An inbound call answered after 10 s in queue, talking {@code talkSeconds}. */
    public static CallRecorded answeredCall(String callId, String agentId, String teamId, int talkSeconds) {
        return answeredCall(callId, agentId, teamId, talkSeconds, T0);
    }

    public static CallRecorded answeredCall(String callId, String agentId, String teamId, int talkSeconds,
            Instant enqueuedAt) {
        Instant answered = enqueuedAt.plusSeconds(10);
        Instant ended = answered.plusSeconds(talkSeconds);
        return new CallRecorded(UUID.randomUUID(), ended.plusSeconds(1), callId, CallRecorded.Channel.VOICE,
                CallRecorded.Direction.INBOUND, "q-billing", agentId, teamId, "hash-" + callId, "138****5678", enqueuedAt,
                answered, ended, talkSeconds, 0, 10, CallRecorded.CallOutcome.ANSWERED, CallRecorded.ReleasedBy.CUSTOMER,
                "s3://recordings/" + callId + ".wav", null, null, List.of());
    }

    public static SampleSelected shortCallSample(String callId, String agentId, String teamId) {
        Instant selected = T0.plusSeconds(60);
        return new SampleSelected(UUID.randomUUID(), selected, UUID.randomUUID(), callId, agentId, teamId, "q-billing",
                new SampleSelected.CallSummary(T0, T0.plusSeconds(10), T0.plusSeconds(22), 12, 10,
                        "s3://recordings/" + callId + ".wav"),
                List.of(new SampleSelected.Reason("SHORT_CALL", "talk time 12 s is under 20 s")),
                SampleSelected.Mode.REALTIME, SampleSelected.Priority.HIGH, selected, selected.plusSeconds(4 * 3600));
    }

    /** A released evaluation scoring {@code total}, with one item that lost points. */
    public static EvaluationReleased released(String agentId, String teamId, String total, Instant releasedAt) {
        BigDecimal score = new BigDecimal(total);
        return new EvaluationReleased(UUID.randomUUID(), releasedAt, UUID.randomUUID(), 1, UUID.randomUUID(),
                "call-" + UUID.randomUUID(), agentId, teamId, "e-1",
                List.of(new SampleSelected.Reason("RANDOM_POSTHOC", "monthly quota")), "personal-qa", 1, score, false,
                score.compareTo(new BigDecimal("80")) < 0, new EvaluationReleased.Flags(false, false, false),
                List.of(new EvaluationReleased.ItemResult("B1", "BUSINESS", "DEDUCTION", 25, 20, false,
                        false, "INCOMPLETE_ANSWER", "policy half explained",
                        new EvaluationReleased.Quote(42_000, "这个要看情况"))),
                "clear and polite", releasedAt);
    }
}
