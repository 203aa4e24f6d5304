package io.callqa.ingest.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.Speaker;
import io.callqa.kit.problem.FieldError;

class CallRecordValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-02T09:00:00+08:00");

    private static CallRecordRequest call(Direction direction, String queue, String agent, OffsetDateTime enqueued,
            OffsetDateTime answered, OffsetDateTime ended) {
        return new CallRecordRequest("c-1", null, direction, queue, agent, null, null, enqueued, answered, ended, null,
                null, null, null, null, null, null);
    }

    private static List<String> fields(CallRecordRequest call) {
        return CallRecordValidator.validate(call, NOW).stream().map(FieldError::field).toList();
    }

    @Test
    void answeredInboundCallWithEverythingIsValid() {
        assertEquals(List.of(), fields(call(null, "q", "a", T0, T0.plusSeconds(5), T0.plusSeconds(30))));
    }

    @Test
    void outboundCallNeedsNoQueueNorEnqueueTime() {
        assertEquals(List.of(), fields(call(Direction.OUTBOUND, null, "a", null, T0, T0.plusSeconds(30))));
    }

    @Test
    void abandonedCallNeedsNoAgent() {
        assertEquals(List.of(), fields(call(null, "q", null, T0, null, T0.plusSeconds(30))));
    }

    @Test
    void answerBeforeEnqueueAndEndBeforeAnswerAreNamed() {
        assertEquals(List.of("answeredAt"), fields(call(null, "q", "a", T0, T0.minusSeconds(1), T0.plusSeconds(9))));
        assertEquals(List.of("endedAt"), fields(call(null, "q", "a", T0, T0.plusSeconds(9), T0.plusSeconds(8))));
    }

    @Test
    void moreThanFiveMinutesInTheFutureIsRejected() {
        OffsetDateTime future = NOW.plusSeconds(301).atOffset(java.time.ZoneOffset.UTC);
        OffsetDateTime nearFuture = NOW.plusSeconds(299).atOffset(java.time.ZoneOffset.UTC);

        assertEquals(List.of("endedAt"), fields(call(null, "q", "a", T0, T0, future)));
        assertEquals(List.of(), fields(call(null, "q", "a", T0, T0, nearFuture)));
    }

    @Test
    void durationsAndCsatHaveBounds() {
        var call = new CallRecordRequest("c-1", null, null, "q", "a", null, null, T0, T0, T0.plusSeconds(5), -1,
                86_401, null, null, null, 6, List.of(new CallRecordRequest.Line(null, -5L, null, "hi")));

        assertEquals(List.of("talkSeconds", "holdSeconds", "csat", "transcript[0].speaker", "transcript[0].offsetMs"),
                fields(call));
    }

    @Test
    void anUtteranceEndsNoEarlierThanItBegins() {
        var call = new CallRecordRequest("c-1", null, null, "q", "a", null, null, T0, T0, T0.plusSeconds(5), null,
                null, null, null, null, null, List.of(new CallRecordRequest.Line(Speaker.AGENT, 2_000L, 1_500L, "您好"),
                        new CallRecordRequest.Line(Speaker.CUSTOMER, 2_500L, 4_000L, "你好")));

        assertEquals(List.of("transcript[0].endOffsetMs"), fields(call));
    }
}
