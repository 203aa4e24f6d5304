package io.callqa.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.callqa.events.CallRecorded;
import io.callqa.events.CallRecorded.CallOutcome;
import io.callqa.events.CallRecorded.Channel;
import io.callqa.events.CallRecorded.Direction;
import io.callqa.events.CallRecorded.ReleasedBy;

/**
 * A day's {@code CallRecorded} events of a center with {@code agents} agents (teams of 20, four queues), as ingest
 * publishes them, deterministic for a seed. Inbound voice calls from 08:00 to 22:00 local time in 30-minute
 * intervals with a morning and an afternoon peak; about 15 % of the intervals are congested (long waits: their
 * 20-second service level falls well under 80 %, so they close MISSED), the rest answer ~93 % within 20 s.
 * Talk time: ~8 % under 20 s, ~15 % over 200 s, the rest 20–200 s. ~4 % abandoned before an agent answered (no
 * agent, keyed by queue). ~3 % of calls come from a small pool of repeat callers' hashes. A day's calls are
 * returned in {@code endedAt} order, as an ACD reports them.
 */
final class CenterTraffic {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int CALLS_PER_AGENT_PER_DAY = 150;
    static final int OPEN_HOUR = 8;
    static final int INTERVALS = 28; // 08:00–22:00 in 30 minutes
    static final double CONGESTED_SHARE = 0.15;
    static final double REPEAT_SHARE = 0.03;
    static final int REPEAT_POOL = 1_500;
    private static final String[] QUEUES = {"q-billing", "q-tech", "q-sales", "q-general"};
    private static final String[] WRAP_UPS = {"BILLING_QUESTION", "TECH_SUPPORT", "ORDER", "COMPLAINT", "INFO", "OTHER"};

    private final int agents;
    private final LocalDate firstDay;
    private final long seed;
    private final String runId;
    private final String[] repeatCallers;

    CenterTraffic(int agents, LocalDate firstDay, long seed, String runId) {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be at least 1");
        }
        this.agents = agents;
        this.firstDay = firstDay;
        this.seed = seed;
        this.runId = runId;
        Random random = new Random(seed ^ 0x5eed);
        this.repeatCallers = new String[REPEAT_POOL];
        for (int i = 0; i < REPEAT_POOL; i++) {
            repeatCallers[i] = hash(random);
        }
    }

    int callsPerDay() {
        return agents * CALLS_PER_AGENT_PER_DAY;
    }

    /** Days needed for {@code records} calls. */
    int days(long records) {
        return (int) ((records + callsPerDay() - 1) / callsPerDay());
    }

    LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    /** The calls of day {@code index}: {@code callsPerDay()} of them, or {@code count} when fewer, endedAt order. */
    List<CallRecorded> day(int index, int count) {
        LocalDate date = day(index);
        Random random = new Random(seed * 31 + index);
        Instant open = date.atTime(OPEN_HOUR, 0).atZone(ZONE).toInstant();
        int[] perInterval = spread(count);
        List<CallRecorded> calls = new ArrayList<>(count);
        int n = 0;
        for (int interval = 0; interval < INTERVALS; interval++) {
            boolean congested = random.nextDouble() < CONGESTED_SHARE;
            Instant start = open.plusSeconds(interval * 1800L);
            for (int i = 0; i < perInterval[interval]; i++) {
                calls.add(call(random, date, n++, start.plusMillis(random.nextInt(1_800_000)), congested));
            }
        }
        calls.sort(Comparator.comparing(CallRecorded::endedAt).thenComparing(CallRecorded::callId));
        return calls;
    }

    /** Calls per interval: a morning peak at 10:00 and an afternoon one at 15:00 over a base load. */
    static int[] spread(int count) {
        double[] weights = new double[INTERVALS];
        double total = 0;
        for (int i = 0; i < INTERVALS; i++) {
            double hour = OPEN_HOUR + i / 2.0 + 0.25;
            weights[i] = 0.4 + Math.exp(-Math.pow((hour - 10.25) / 1.5, 2)) + 0.8 * Math.exp(-Math.pow((hour - 15.25) / 2, 2));
            total += weights[i];
        }
        int[] counts = new int[INTERVALS];
        int given = 0;
        for (int i = 0; i < INTERVALS; i++) {
            counts[i] = (int) Math.floor(count * weights[i] / total);
            given += counts[i];
        }
        for (int i = 0; given < count; i = (i + 1) % INTERVALS) {
            counts[i]++;
            given++;
        }
        return counts;
    }

    private CallRecorded call(Random random, LocalDate date, int n, Instant enqueuedAt, boolean congested) {
        String callId = "c-" + date.toString().replace("-", "") + "-" + runId + "-" + n;
        int agent = random.nextInt(agents);
        String queueId = QUEUES[agent % QUEUES.length];
        String caller = random.nextDouble() < REPEAT_SHARE ? repeatCallers[random.nextInt(REPEAT_POOL)] : hash(random);
        String masked = "1" + (30 + random.nextInt(60)) + "****" + String.format("%04d", random.nextInt(10_000));
        int wait = waitSeconds(random, congested);
        UUID eventId = new UUID(random.nextLong(), random.nextLong());
        boolean abandoned = random.nextDouble() < (congested ? 0.10 : 0.03);
        if (abandoned) {
            int waited = 3 + random.nextInt(Math.max(1, wait + 30));
            Instant endedAt = enqueuedAt.plusSeconds(waited);
            return new CallRecorded(eventId, endedAt.plusSeconds(2), callId, Channel.VOICE, Direction.INBOUND,
                    queueId, null, null, caller, masked, enqueuedAt, null, endedAt, null, null, waited,
                    CallOutcome.ABANDONED, ReleasedBy.CUSTOMER, null, null, null, null);
        }
        int talk = talkSeconds(random);
        int hold = random.nextDouble() < 0.1 ? 10 + random.nextInt(110) : 0;
        Instant answeredAt = enqueuedAt.plusSeconds(wait);
        Instant endedAt = answeredAt.plusSeconds(talk + hold);
        String agentId = String.format("a-%04d", agent + 1);
        String teamId = String.format("t-%02d", agent / 20 + 1);
        ReleasedBy releasedBy = random.nextDouble() < 0.55 ? ReleasedBy.CUSTOMER : ReleasedBy.AGENT;
        Integer csat = random.nextDouble() < 0.3 ? 1 + random.nextInt(5) : null;
        String recording = "oss://callqa-recordings/" + date.toString().replace('-', '/') + "/" + callId + ".wav";
        return new CallRecorded(eventId, endedAt.plusSeconds(2), callId, Channel.VOICE, Direction.INBOUND, queueId,
                agentId, teamId, caller, masked, enqueuedAt, answeredAt, endedAt, talk, hold, wait,
                CallOutcome.ANSWERED, releasedBy, recording, WRAP_UPS[random.nextInt(WRAP_UPS.length)], csat, null);
    }

    /** Good intervals: ~93 % within 20 s; congested ones: ~45 % within 20 s, the rest up to 5 minutes. */
    static int waitSeconds(Random random, boolean congested) {
        double within = congested ? 0.45 : 0.93;
        if (random.nextDouble() < within) {
            return random.nextInt(21);
        }
        return 21 + random.nextInt(congested ? 280 : 100);
    }

    /** ~8 % 3–19 s, ~15 % 201–900 s, the rest 20–200 s (skewed towards 2–3 minutes). */
    static int talkSeconds(Random random) {
        double r = random.nextDouble();
        if (r < 0.08) {
            return 3 + random.nextInt(17);
        }
        if (r < 0.23) {
            return 201 + random.nextInt(700);
        }
        double u = (random.nextDouble() + random.nextDouble()) / 2; // triangular around 110 s
        return 20 + (int) Math.round(u * 180);
    }

    private static String hash(Random random) {
        return String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
                random.nextLong());
    }
}
