package io.callqa.sampling.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.common.utils.Utils;

import io.callqa.events.CallRecorded;
import io.callqa.events.CallRecorded.CallOutcome;
import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.Topics;
import io.callqa.testkit.KafkaBroker;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;

/** Call records and evaluations shaped for one rule's edge, at times of the test's own choosing. */
public final class Calls {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Calls() {
    }

    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** An answered inbound call: enqueued, waiting {@code waitSeconds}, talking {@code talkSeconds}. */
    public static CallRecorded answered(String callId, String agentId, String callerHash, Instant enqueuedAt,
            int waitSeconds, int talkSeconds) {
        return call(callId, Direction.INBOUND, agentId, callerHash, enqueuedAt, waitSeconds, talkSeconds);
    }

    public static CallRecorded outbound(String callId, String agentId, Instant startedAt, int talkSeconds) {
        return call(callId, Direction.OUTBOUND, agentId, null, startedAt, 0, talkSeconds);
    }

    /** An inbound call the caller gave up on after {@code waitSeconds}. */
    public static CallRecorded abandoned(String callId, String callerHash, Instant enqueuedAt, int waitSeconds) {
        Instant ended = enqueuedAt.plusSeconds(waitSeconds);
        return new CallRecorded(UUID.randomUUID(), ended.plusSeconds(1), callId, Channel.VOICE, Direction.INBOUND,
                "q-billing", null, null, callerHash, "138****5678", enqueuedAt, null, ended, null, null, waitSeconds,
                CallOutcome.ABANDONED, ReleasedBy.CUSTOMER, null, null, null, List.of());
    }

    private static CallRecorded call(String callId, Direction direction, String agentId, String callerHash,
            Instant enqueuedAt, int waitSeconds, int talkSeconds) {
        Instant answered = enqueuedAt.plusSeconds(waitSeconds);
        Instant ended = answered.plusSeconds(talkSeconds);
        return new CallRecorded(UUID.randomUUID(), ended.plusSeconds(1), callId, Channel.VOICE, direction,
                "q-billing", agentId, "t-9", callerHash == null ? "hash-" + callId : callerHash, "138****5678",
                enqueuedAt, answered, ended, talkSeconds, 0, waitSeconds, CallOutcome.ANSWERED, ReleasedBy.CUSTOMER,
                "s3://recordings/" + callId + ".wav", null, null, List.of());
    }

    /** A released evaluation of a call, with or without a problem found. */
    public static EvaluationReleased evaluation(String callId, String agentId, boolean problemFound) {
        Instant now = Instant.now();
        return new EvaluationReleased(UUID.randomUUID(), now, UUID.randomUUID(), 1, UUID.randomUUID(), callId,
                agentId, "t-9", "e-1", List.of(), "personal-qa", 1, new BigDecimal(problemFound ? "60.0" : "95.0"), false,
                problemFound, new EvaluationReleased.Flags(true, false, problemFound), List.of(), "", now);
    }

    /**
     * Moves event time on every partition of {@code qa.calls.v1} to {@code endedAt}: one short outbound call per
     * partition, by an agent whose key lands there. The watermark follows the slowest active partition.
     */
    public static void advanceTo(Instant endedAt) {
        Set<Integer> covered = new HashSet<>();
        while (covered.size() < KafkaBroker.PARTITIONS) {
            String agent = id("clock");
            int partition = Utils.toPositive(Utils.murmur2(agent.getBytes(StandardCharsets.UTF_8)))
                    % KafkaBroker.PARTITIONS;
            if (covered.add(partition)) {
                KafkaProbe.publish(outbound(id("tick"), agent, endedAt.minusSeconds(60), 60));
            }
        }
    }

    /** The {@code SampleSelected} of a call, as published on {@code qa.samples.v1} (keyed by the agent). */
    public static Optional<SampleSelected> selected(String agent, String callId) {
        return KafkaProbe.events(Topics.SAMPLES, SampleEvent.class, agent).stream()
                .filter(SampleSelected.class::isInstance).map(SampleSelected.class::cast)
                .filter(s -> s.callId().equals(callId)).findFirst();
    }

    /**
     * A local day after every time the event-time watermark has reached, so that a test's intervals are still
     * open when its records arrive, whatever the tests before it published.
     */
    public static Instant freshDay() {
        long watermark = TestDatabase.count(
                "select coalesce(cast(extract(epoch from max(value)) as bigint), 0) from watermark");
        LocalDate day = Instant.ofEpochSecond(Math.max(watermark, Instant.parse("2027-01-01T00:00:00Z")
                .getEpochSecond())).atZone(ZONE).toLocalDate().plusDays(2);
        return day.atStartOfDay(ZONE).toInstant();
    }
}
