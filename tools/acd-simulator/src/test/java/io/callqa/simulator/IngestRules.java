package io.callqa.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ingest service's rules for a call record (ingest-service README, CallRecordValidator), checked here on the JSON
 * the simulator writes, plus what makes a record consistent: talk time equals answer to end, hold within talk,
 * transcript lines in order and within the talk time. Returns the broken rules; empty means valid.
 */
public final class IngestRules {

    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
    private static final Set<String> RELEASED_BY = Set.of("AGENT", "CUSTOMER", "SYSTEM");

    private IngestRules() {
    }

    public static List<String> broken(JsonNode call, Instant now) {
        List<String> broken = new ArrayList<>();
        String id = call.path("callId").asText("");
        check(broken, CALL_ID.matcher(id).matches(), "callId pattern");
        check(broken, Set.of("VOICE", "CHAT").contains(call.path("channel").asText()), "channel");
        String direction = call.path("direction").asText();
        check(broken, Set.of("INBOUND", "OUTBOUND").contains(direction), "direction");
        boolean inbound = direction.equals("INBOUND");
        Instant enqueued = instant(broken, call, "enqueuedAt");
        Instant answered = instant(broken, call, "answeredAt");
        Instant ended = instant(broken, call, "endedAt");
        check(broken, !inbound || !call.path("queueId").asText("").isBlank(), "queueId required for INBOUND");
        check(broken, !inbound || enqueued != null, "enqueuedAt required for INBOUND");
        check(broken, answered == null || !call.path("agentId").asText("").isBlank(), "agentId required when answered");
        check(broken, ended != null, "endedAt required");
        check(broken, enqueued == null || answered == null || !answered.isBefore(enqueued), "enqueuedAt <= answeredAt");
        Instant start = answered != null ? answered : enqueued;
        check(broken, start == null || ended == null || !ended.isBefore(start), "answeredAt/enqueuedAt <= endedAt");
        check(broken, enqueued == null || ended == null || Duration.between(enqueued, ended).getSeconds() <= 86_400,
                "at most 86400 s from enqueuedAt to endedAt");
        for (String field : List.of("enqueuedAt", "answeredAt", "endedAt")) {
            Instant value = instant(new ArrayList<>(), call, field);
            check(broken, value == null || !value.isAfter(now.plus(Duration.ofMinutes(5))), field + " in the future");
        }
        int talk = call.path("talkSeconds").asInt(-1);
        int hold = call.path("holdSeconds").asInt(-1);
        check(broken, talk >= 0 && talk <= 86_400 && hold >= 0 && hold <= 86_400, "durations 0..86400");
        check(broken, hold <= talk, "hold within talk");
        check(broken, answered == null ? talk == 0 : talk == Duration.between(answered, ended).getSeconds(),
                "talkSeconds = answeredAt -> endedAt");
        check(broken, !call.has("csat") || call.path("csat").asInt() >= 1 && call.path("csat").asInt() <= 5, "csat 1..5");
        check(broken, RELEASED_BY.contains(call.path("releasedBy").asText()), "releasedBy");
        check(broken, answered == null || call.path("recordingUri").asText().equals("s3://recordings/"
                + call.path("answeredAt").asText().substring(0, 10).replace('-', '/') + "/" + id + ".wav"), "recordingUri");
        transcript(broken, call, talk);
        return broken;
    }

    private static void transcript(List<String> broken, JsonNode call, int talkSeconds) {
        long previous = -1;
        for (JsonNode line : call.path("transcript")) {
            long offset = line.path("offsetMs").asLong(-1);
            check(broken, Set.of("AGENT", "CUSTOMER").contains(line.path("speaker").asText()), "transcript speaker");
            check(broken, offset > previous && offset < talkSeconds * 1000L, "transcript offsets in order, within talk");
            check(broken, !line.path("text").asText("").isBlank(), "transcript text");
            previous = offset;
        }
    }

    private static Instant instant(List<String> broken, JsonNode call, String field) {
        if (!call.hasNonNull(field)) {
            return null;
        }
        String text = call.path(field).asText();
        check(broken, TIMESTAMP.matcher(text).matches(), field + " ISO-8601 with offset");
        return OffsetDateTime.parse(text).toInstant();
    }

    private static void check(List<String> broken, boolean ok, String rule) {
        if (!ok) {
            broken.add(rule);
        }
    }
}
