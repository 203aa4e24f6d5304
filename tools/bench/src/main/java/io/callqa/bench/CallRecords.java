package io.callqa.bench;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic normalised call records as an ACD sends them to ingest: answered inbound voice calls of the day
 * before {@code end}, in China's offset, about 600 bytes of JSON each. Record {@code n} of a run is always the
 * same; its {@code callId} is {@code bench-<runId>-<n>}, unique per run.
 */
public final class CallRecords {

    /** One record: the Kafka key ingest publishes it under (the agent) and the request JSON. */
    public record CallRecord(String key, String json) {
    }

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String[] SITES = {"sh", "cd", "wh"};
    private static final String[] QUEUES = {"billing", "broadband-install", "mobile-plans", "complaints",
        "international-roaming", "device-repair"};
    private static final String[] WRAP_UPS = {"BILLING_QUERY", "PLAN_CHANGE", "NETWORK_COMPLAINT", "DEVICE_REPAIR",
        "ROAMING_ACTIVATION", "REFUND_REQUEST"};
    private static final String[] MOBILE_PREFIXES = {"138", "139", "135", "136", "150", "158", "186", "187", "189"};
    private static final String RECORDINGS = "https://callqa-recordings.oss-cn-shanghai.aliyuncs.com/voice/";
    private static final int DAY_SECONDS = 86_400;

    private final String runId;
    private final Instant dayStart;

    /** Records of run {@code runId}, every call ended before {@code end}. */
    public CallRecords(String runId, Instant end) {
        this.runId = runId;
        this.dayStart = end.truncatedTo(ChronoUnit.SECONDS).minusSeconds(DAY_SECONDS);
    }

    public List<CallRecord> generate(long from, int count) {
        List<CallRecord> records = new ArrayList<>(count);
        for (long n = from; n < from + count; n++) {
            records.add(record(n));
        }
        return records;
    }

    public String callId(long n) {
        return "bench-" + runId + "-" + n;
    }

    public CallRecord record(long n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L + runId.hashCode());
        int agent = 1000 + random.nextInt(480);
        String site = SITES[agent % SITES.length];
        int talk = 20 + random.nextInt(1_180);
        int hold = random.nextInt(1 + Math.min(120, talk / 4));
        Instant enqueued = dayStart.plusSeconds(random.nextInt(DAY_SECONDS - 2 * 3_600));
        Instant answered = enqueued.plusSeconds(random.nextInt(91));
        Call call = new Call(callId(n), "q-" + site + "-" + QUEUES[random.nextInt(QUEUES.length)],
                "agt-" + site + "-0" + agent, "team-" + site + "-0" + agent / 12, mobile(random), enqueued, answered,
                answered.plusSeconds(talk + hold), talk, hold, WRAP_UPS[random.nextInt(WRAP_UPS.length)],
                1 + random.nextInt(5));
        return new CallRecord(call.agentId(), call.json());
    }

    /** An answered inbound voice call, released by the customer. */
    private record Call(String callId, String queueId, String agentId, String teamId, String callerNumber,
            Instant enqueued, Instant answered, Instant ended, int talk, int hold, String wrapUpCode, int csat) {

        String json() {
            return new StringBuilder(640)
                    .append("{\"callId\":\"").append(callId)
                    .append("\",\"channel\":\"VOICE\",\"direction\":\"INBOUND\",\"queueId\":\"").append(queueId)
                    .append("\",\"agentId\":\"").append(agentId)
                    .append("\",\"teamId\":\"").append(teamId)
                    .append("\",\"callerNumber\":\"").append(callerNumber)
                    .append("\",\"enqueuedAt\":\"").append(time(enqueued))
                    .append("\",\"answeredAt\":\"").append(time(answered))
                    .append("\",\"endedAt\":\"").append(time(ended))
                    .append("\",\"talkSeconds\":").append(talk)
                    .append(",\"holdSeconds\":").append(hold)
                    .append(",\"releasedBy\":\"CUSTOMER\",\"recordingUri\":\"").append(recordingUri())
                    .append("\",\"wrapUpCode\":\"").append(wrapUpCode)
                    .append("\",\"csat\":").append(csat).append('}')
                    .toString();
        }

        /** Where the ACD stored the recording: by day, queue and agent, named after the call and its start. */
        private String recordingUri() {
            OffsetDateTime local = enqueued.atOffset(CHINA);
            return RECORDINGS + FOLDER.format(local) + "/" + queueId + "/" + agentId + "/" + callId + "_"
                    + STAMP.format(local) + ".wav";
        }
    }

    private static String mobile(SplittableRandom random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }

    static String time(Instant instant) {
        return TIME.format(OffsetDateTime.ofInstant(instant, CHINA));
    }
}
