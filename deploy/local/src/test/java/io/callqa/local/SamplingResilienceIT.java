package io.callqa.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

import io.callqa.local.postgres.Databases;

/**
 * The sampling service's results do not depend on how the call stream is read. One deterministic day of call
 * records (about 40 agents over six hours in Asia/Shanghai, two busy hours whose intervals miss the 80 % target,
 * short and long calls, abandoned calls, repeat callers) goes onto {@code qa.calls.v1} once; then
 * <ul>
 * <li>two sampling instances sharing database {@code sampling} and one consumer group end with the same reasons
 * ({@code sample_reason}: call, rule) and the same closed intervals as a single reference instance on its own
 * database ({@code sampling_ref}); the reference's closed intervals and its SHORT_CALL, SLA_MISS_LONG_CALL and
 * REPEAT_CALL picks equal those computed here from the records (RANDOM_* picks are compared between databases
 * only);</li>
 * <li>an instance killed with SIGKILL after indexing about a third of the calls and started again ends the same as
 * the reference;</li>
 * <li>in both cases no call has two {@code SampleSelected} events among those of the database's samples (events are
 * told apart by {@code eventId}: the outbox is at-least-once, so after a SIGKILL it may send an event again, which
 * is counted and printed but is the same event), every sample was published, and every interval start has exactly
 * one closed row.</li>
 * </ul>
 * The sampling processes are started here (not by {@link LocalStack}), from a copy of the packaged fast-jar, each
 * with {@code -Xmx384m}; their logs are under the temporary directory and their tails are printed on failure.
 */
class SamplingResilienceIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final LocalTime FIRST = LocalTime.of(9, 0);
    private static final LocalTime LAST = LocalTime.of(15, 0);
    private static final Set<Integer> BUSY_HOURS = Set.of(10, 13);
    private static final int AGENTS = 40;
    private static final List<String> QUEUES = List.of("q-billing", "q-tech", "q-sales");
    private static final String CALLS_TOPIC = "qa.calls.v1";
    private static final String SAMPLES_TOPIC = "qa.samples.v1";
    private static final int PARTITIONS = 3;
    private static final Duration LATENESS = Duration.ofMinutes(15);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> MODELLED_RULES = Set.of("SHORT_CALL", "SLA_MISS_LONG_CALL", "REPEAT_CALL");
    private static final List<String> CHANNELS = List.of("CALLS", "ROSTER", "COMPLAINTS", "EVALUATIONS", "FEEDBACK");

    @TempDir
    static Path data;
    static LocalStack stack;
    static Path appDirectory;
    static List<Call> calls;
    static Instant finalWatermark;
    static final List<ServiceInstance> instances = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final TestWatcher LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            instances.forEach(i -> System.err.println(i.tail()));
        }
    };

    /** One record of the stream: an answered call (agent set) or an abandoned one (no agent, no answer). */
    record Call(String callId, String agentId, String teamId, String queueId, String callerHash, Instant enqueuedAt,
            Instant answeredAt, Instant endedAt, Integer talkSeconds, int waitSeconds) {

        boolean answered() {
            return answeredAt != null;
        }

        String key() {
            return agentId != null ? agentId : queueId;
        }

        String json() {
            StringBuilder b = new StringBuilder("{\"type\":\"CallRecorded\"");
            field(b, "eventId", UUID.nameUUIDFromBytes(("event|" + callId).getBytes(StandardCharsets.UTF_8)));
            field(b, "occurredAt", endedAt.plusSeconds(2));
            field(b, "callId", callId);
            field(b, "channel", "VOICE");
            field(b, "direction", "INBOUND");
            field(b, "queueId", queueId);
            field(b, "agentId", agentId);
            field(b, "teamId", teamId);
            field(b, "callerHash", callerHash);
            field(b, "callerMasked", "138****" + callerHash.substring(callerHash.length() - 4));
            field(b, "enqueuedAt", enqueuedAt);
            field(b, "answeredAt", answeredAt);
            field(b, "endedAt", endedAt);
            if (talkSeconds != null) {
                b.append(",\"talkSeconds\":").append(talkSeconds).append(",\"holdSeconds\":0");
            }
            b.append(",\"waitSeconds\":").append(waitSeconds);
            field(b, "outcome", answered() ? "ANSWERED" : "ABANDONED");
            field(b, "releasedBy", "CUSTOMER");
            if (answered()) {
                field(b, "recordingUri", "s3://recordings/" + callId + ".wav");
            }
            return b.append('}').toString();
        }

        private static void field(StringBuilder b, String name, Object value) {
            if (value != null) {
                b.append(",\"").append(name).append("\":\"").append(value).append('"');
            }
        }
    }

    /** A sampling JVM on {@code database}, reading in consumer group {@code group}. */
    static ServiceInstance instance(String name, String database, String group, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(settings);
        CHANNELS.forEach(channel -> env.put("MP_MESSAGING_INCOMING_" + channel + "_GROUP_ID", group));
        return new ServiceInstance(Service.SAMPLING, name, database, appDirectory, stack, data, env);
    }

    @BeforeAll
    static void startAndProduce() throws Exception {
        // a copy of the fast-jar, so that a rebuild of sampling-service during this test changes nothing here
        appDirectory = ServiceInstance.packagedCopy(Service.SAMPLING, data);

        stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data).withServices());
        createDatabases("sampling_ref", "sampling_crash");

        calls = generate(new Random(20261102L));
        Instant lastEnded = calls.stream().map(Call::endedAt).max(Comparator.naturalOrder()).orElseThrow();
        finalWatermark = lastEnded.minus(LATENESS);

        ServiceInstance reference = instance("sampling-ref", "sampling_ref", "sampling-ref", Map.of());
        ServiceInstance first = instance("sampling-a", "sampling", "sampling-service", Map.of());
        ServiceInstance second = instance("sampling-b", "sampling", "sampling-service", Map.of());
        for (ServiceInstance instance : List.of(reference, first, second)) {
            instances.add(instance);
            instance.start();
        }
        for (ServiceInstance instance : List.of(reference, first, second)) {
            instance.awaitReady();
        }
        awaitCallsAssigned("sampling-ref", 1);
        awaitCallsAssigned("sampling-service", 2);
        produce(calls);
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        for (ServiceInstance instance : instances) {
            instance.kill();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void twoInstancesGiveTheSameSamplesAsOne() {
        long started = System.nanoTime();
        awaitSettled("sampling_ref");
        awaitSettled("sampling");
        System.out.printf("sampling and sampling_ref settled %d s after the test began%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));

        assertSameAsReference("sampling");
        assertPublishedOnce("sampling");
        assertIntervalsClosedComplete();
    }

    @Test
    void aCrashMidStreamChangesNothing() throws Exception {
        // polls of 200 records (the default takes up to 6,000), so that the kill lands in the middle of the stream
        ServiceInstance crashing = instance("sampling-crash", "sampling_crash", "sampling-crash",
                Map.of("MP_MESSAGING_INCOMING_CALLS_MAX_POLL_RECORDS", "200"));
        instances.add(crashing);
        crashing.start();
        crashing.awaitReady();

        int third = calls.size() / 3;
        long indexed = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while ((indexed = count("sampling_crash", "select count(*) from call")) < third) {
            if (!crashing.process.isAlive() || System.nanoTime() > deadline) {
                fail("the instance to crash indexed " + indexed + " of " + calls.size() + " calls\n" + crashing.tail());
            }
            ServiceInstance.sleep(50);
        }
        crashing.kill();
        long atKill = count("sampling_crash", "select count(*) from call");
        System.out.printf("killed %s (SIGKILL) with %d of %d calls indexed (per partition mark %s), watermark %s, "
                + "%d intervals closed, %d events in the outbox%n", crashing.name, atKill, calls.size(),
                partitionMarks("sampling_crash"), watermark("sampling_crash"),
                count("sampling_crash", "select count(*) from service_interval where closed_at is not null"),
                count("sampling_crash", "select count(*) from outbox"));
        assertTrue(atKill < calls.size(), "the crash came after the whole stream was indexed (" + atKill + ")");

        crashing.note("=== restart after SIGKILL ===");
        crashing.start();
        crashing.awaitReady();
        awaitSettled("sampling_ref");
        awaitSettled("sampling_crash");

        assertSameAsReference("sampling_crash");
        assertPublishedOnce("sampling_crash");
        assertIntervalsClosedComplete();
    }

    /**
     * The interval events of every database so far. With records in endedAt order per partition and every call
     * ending well within the 15-minute lateness, an interval closes with all of its calls, whichever partition an
     * instance reads first: no IntervalClosed may differ from the stream's figures, and none needs an
     * IntervalUpdated.
     */
    static void assertIntervalsClosedComplete() {
        Pattern start = Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\"");
        Pattern offered = Pattern.compile("\"offered\"\\s*:\\s*(\\d+)");
        Pattern within = Pattern.compile("\"answeredWithin\"\\s*:\\s*(\\d+)");
        Pattern abandoned = Pattern.compile("\"abandoned\"\\s*:\\s*(\\d+)");
        Map<Instant, String> expected = expectedIntervals();
        Map<String, Long> types = new TreeMap<>();
        List<String> early = new ArrayList<>();
        for (String value : rawValues("qa.intervals.v1")) {
            String type = first(TYPE, value);
            types.merge(String.valueOf(type), 1L, Long::sum);
            if ("IntervalClosed".equals(type)) {
                Instant at = Instant.parse(first(start, value));
                String figures = first(offered, value) + "/" + first(within, value) + "/" + first(abandoned, value);
                String wanted = expected.get(at);
                if (wanted == null || !wanted.startsWith(figures + "/")) {
                    early.add(at + " closed with " + figures + " of " + wanted);
                }
            }
        }
        System.out.printf("qa.intervals.v1 so far (all databases): %s%n", types);
        assertTrue(early.isEmpty(), "intervals closed before all their calls were read: " + early);
        assertFalse(types.containsKey("IntervalUpdated"), "a closed interval changed afterwards: " + types);
    }

    // --- the stream ---------------------------------------------------------------------------------------------

    /**
     * About 40 agents, each answering a call every 2–4 minutes from 09:00 to 15:00 local time; waits of 5–15 s, of
     * 30–60 s in the busy hours; talk 10–400 s; about 5 % abandoned calls without agent; about 30 callers calling
     * twice; one call per partition an hour after the last call, so that every interval of the day closes.
     * Sorted by {@code endedAt}.
     */
    static List<Call> generate(Random random) {
        Instant dayStart = DAY.atTime(FIRST).atZone(ZONE).toInstant();
        Instant dayEnd = DAY.atTime(LAST).atZone(ZONE).toInstant();
        List<Call> all = new ArrayList<>();
        int[] seq = {0};
        for (int a = 1; a <= AGENTS; a++) {
            String agent = "a-%03d".formatted(a);
            String team = "t-" + (a % 4 + 1);
            String queue = QUEUES.get(a % QUEUES.size());
            Instant answer = dayStart.plusSeconds(random.nextInt(180));
            while (answer.isBefore(dayEnd)) {
                int wait = wait(random, answer);
                int talk = talk(random);
                Instant ended = answer.plusSeconds(talk);
                all.add(new Call(null, agent, team, queue, null, answer.minusSeconds(wait), answer, ended, talk, wait));
                Instant next = answer.plusSeconds(120 + random.nextInt(121));
                Instant free = ended.plusSeconds(5 + random.nextInt(30));
                answer = next.isAfter(free) ? next : free;
            }
        }
        int abandoned = all.size() / 19;
        long span = Duration.between(dayStart, dayEnd).toSeconds();
        for (int i = 0; i < abandoned; i++) {
            Instant enqueued = dayStart.plusSeconds(random.nextLong(span));
            int wait = BUSY_HOURS.contains(enqueued.atZone(ZONE).getHour()) ? 30 + random.nextInt(90)
                    : 5 + random.nextInt(40);
            all.add(new Call(null, null, null, QUEUES.get(random.nextInt(QUEUES.size())), null, enqueued, null,
                    enqueued.plusSeconds(wait), null, wait));
        }
        all.sort(Comparator.comparing(Call::enqueuedAt).thenComparing(c -> Objects.toString(c.agentId(), "")));
        List<Call> numbered = new ArrayList<>();
        for (Call c : all) {
            int n = ++seq[0];
            numbered.add(new Call("c-20261102-%05d".formatted(n), c.agentId(), c.teamId(), c.queueId(),
                    "caller-%06d".formatted(n), c.enqueuedAt(), c.answeredAt(), c.endedAt(), c.talkSeconds(),
                    c.waitSeconds()));
        }
        repeatCallers(numbered, random, 30);

        Instant closing = numbered.stream().map(Call::endedAt).max(Comparator.naturalOrder()).orElseThrow()
                .plus(Duration.ofHours(1));
        for (int p = 0; p < PARTITIONS; p++) {
            String agent = agentOnPartition(p);
            int n = ++seq[0];
            numbered.add(new Call("c-20261102-%05d".formatted(n), agent, "t-1", "q-billing",
                    "caller-%06d".formatted(n), closing.minusSeconds(65), closing.minusSeconds(60), closing, 60, 5));
        }
        numbered.sort(Comparator.comparing(Call::endedAt).thenComparing(Call::callId));
        return List.copyOf(numbered);
    }

    private static int wait(Random random, Instant answer) {
        return BUSY_HOURS.contains(answer.atZone(ZONE).getHour()) ? 30 + random.nextInt(31) : 5 + random.nextInt(11);
    }

    private static int talk(Random random) {
        double r = random.nextDouble();
        if (r < 0.08) {
            return 10 + random.nextInt(10);
        }
        if (r < 0.25) {
            return 201 + random.nextInt(200);
        }
        return 20 + random.nextInt(181);
    }

    /** Gives {@code pairs} later calls the caller of an earlier call, a later call 1 minute to 4 hours after. */
    private static void repeatCallers(List<Call> numbered, Random random, int pairs) {
        Set<Integer> used = new HashSet<>();
        int made = 0;
        while (made < pairs) {
            int i = random.nextInt(numbered.size());
            int j = random.nextInt(numbered.size());
            Call earlier = numbered.get(i);
            Call later = numbered.get(j);
            long gap = Duration.between(earlier.enqueuedAt(), later.enqueuedAt()).toMinutes();
            if (gap < 1 || gap > 240 || used.contains(i) || used.contains(j)) {
                continue;
            }
            used.add(i);
            used.add(j);
            numbered.set(j, new Call(later.callId(), later.agentId(), later.teamId(), later.queueId(),
                    earlier.callerHash(), later.enqueuedAt(), later.answeredAt(), later.endedAt(),
                    later.talkSeconds(), later.waitSeconds()));
            made++;
        }
    }

    /** An agent id the default partitioner puts on this partition of the 3. */
    static String agentOnPartition(int partition) {
        for (int k = 0;; k++) {
            String agent = "a-close-" + k;
            if (Utils.toPositive(Utils.murmur2(agent.getBytes(StandardCharsets.UTF_8))) % PARTITIONS == partition) {
                return agent;
            }
        }
    }

    static void produce(List<Call> records) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Map<Integer, Integer> perPartition = new TreeMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent = new ArrayList<>();
            for (Call call : records) {
                sent.add(producer.send(new ProducerRecord<>(CALLS_TOPIC, call.key(), call.json())));
            }
            producer.flush();
            for (var future : sent) {
                perPartition.merge(future.get(30, TimeUnit.SECONDS).partition(), 1, Integer::sum);
            }
        }
        assertEquals(PARTITIONS, perPartition.size(), "records per partition " + perPartition);
        System.out.printf("produced %d call records (%d abandoned), per partition %s, final watermark %s%n",
                records.size(), records.stream().filter(c -> !c.answered()).count(), perPartition, finalWatermark);
    }

    // --- expectations computed from the stream ------------------------------------------------------------------

    /** Figures per interval start: "offered/answeredWithin/abandoned/verdict", of the intervals that close. */
    static Map<Instant, String> expectedIntervals() {
        Map<Instant, int[]> figures = new TreeMap<>();
        for (Call call : calls) {
            int[] f = figures.computeIfAbsent(intervalStart(call.enqueuedAt()), k -> new int[3]);
            f[0]++;
            if (call.answered() && call.waitSeconds() <= 20) {
                f[1]++;
            }
            if (!call.answered()) {
                f[2]++;
            }
        }
        Map<Instant, String> expected = new TreeMap<>();
        figures.forEach((start, f) -> {
            if (!start.plus(Duration.ofMinutes(30)).isAfter(finalWatermark)) {
                expected.put(start, interval(f[0], f[1], f[2], verdict(f[0], f[1])));
            }
        });
        return expected;
    }

    /** SHORT_CALL, SLA_MISS_LONG_CALL and REPEAT_CALL picks as "callId|rule". */
    static Set<String> expectedReasons() {
        Map<Instant, String> intervals = expectedIntervals();
        Set<String> expected = new TreeSet<>();
        for (Call call : calls) {
            if (call.answered() && call.talkSeconds() < 20) {
                expected.add(call.callId() + "|SHORT_CALL");
            }
            String interval = intervals.get(intervalStart(call.enqueuedAt()));
            if (call.answered() && call.talkSeconds() > 200 && interval != null && interval.endsWith("MISSED")) {
                expected.add(call.callId() + "|SLA_MISS_LONG_CALL");
            }
            boolean calledBack = call.answered() && calls.stream().anyMatch(later -> later != call
                    && later.callerHash().equals(call.callerHash())
                    && later.enqueuedAt().isAfter(call.enqueuedAt())
                    && !later.enqueuedAt().isAfter(call.enqueuedAt().plus(Duration.ofHours(24))));
            if (calledBack) {
                expected.add(call.callId() + "|REPEAT_CALL");
            }
        }
        return expected;
    }

    static Instant intervalStart(Instant t) {
        long s = t.getEpochSecond();
        return Instant.ofEpochSecond(s - Math.floorMod(s, 1800)); // Asia/Shanghai is UTC+8: 30 minutes align
    }

    static String verdict(int offered, int within) {
        return offered == 0 ? "NONE" : within * 5 < offered * 4 ? "MISSED" : "MET";
    }

    static String interval(int offered, int within, int abandoned, String verdict) {
        return offered + "/" + within + "/" + abandoned + "/" + verdict;
    }

    // --- assertions -----------------------------------------------------------------------------------------------

    static void assertSameAsReference(String database) {
        Set<String> reference = reasons("sampling_ref");
        Set<String> actual = reasons(database);
        Map<Instant, String> referenceIntervals = closedIntervals("sampling_ref");
        Map<Instant, String> actualIntervals = closedIntervals(database);
        Set<String> expected = expectedReasons();
        Map<Instant, String> expectedIntervals = expectedIntervals();
        System.out.printf("%s: %d reasons %s, %d closed intervals (%d MISSED); expected %d reasons, %d intervals%n",
                database, actual.size(), byRule(actual), actualIntervals.size(),
                actualIntervals.values().stream().filter(v -> v.endsWith("MISSED")).count(), expected.size(),
                expectedIntervals.size());

        assertEquals(List.of(), duplicateClosedRows(database), database + ": interval starts with more than one row");
        assertEquals(List.of(), duplicateClosedRows("sampling_ref"), "sampling_ref: interval starts with more rows");
        assertTrue(referenceIntervals.equals(actualIntervals), database + " closed intervals differ from "
                + "sampling_ref: " + mapDifference(referenceIntervals, actualIntervals));
        assertTrue(reference.equals(actual), database + " reasons differ from sampling_ref: "
                + setDifference(reference, actual));
        // the figures and the rules this test can compute from the stream alone (not RANDOM_*, drawn per agent and
        // month by the service's quota)
        assertTrue(expectedIntervals.equals(referenceIntervals), "sampling_ref closed intervals differ from the "
                + "stream's: " + mapDifference(expectedIntervals, referenceIntervals));
        Set<String> modelled = reference.stream().filter(r -> MODELLED_RULES.contains(r.substring(r.indexOf('|') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(expected.equals(modelled), "sampling_ref reasons differ from the stream's: "
                + setDifference(expected, modelled));
        assertTrue(expectedIntervals.values().stream().anyMatch(v -> v.endsWith("MISSED")), "no interval missed");
        assertTrue(expected.stream().anyMatch(r -> r.endsWith("|SLA_MISS_LONG_CALL")), "no long call picked");
    }

    /** Every sample of the database published once: one SampleSelected (by eventId) per call, none for another. */
    static void assertPublishedOnce(String database) {
        Map<String, String> samples = new HashMap<>(); // sampleId -> callId
        query(database, "select sample_id, call_id from sample", rs -> samples.put(rs.getString(1), rs.getString(2)));
        List<String[]> selected = sampleSelectedEvents(); // {eventId, sampleId, callId}
        Map<String, Set<String>> eventsPerCall = new TreeMap<>();
        Map<String, Set<String>> samplesPerCall = new TreeMap<>();
        int records = 0;
        for (String[] e : selected) {
            if (samples.containsKey(e[1])) {
                records++;
                eventsPerCall.computeIfAbsent(e[2], k -> new TreeSet<>()).add(e[0]);
                samplesPerCall.computeIfAbsent(e[2], k -> new TreeSet<>()).add(e[1]);
                assertEquals(samples.get(e[1]), e[2], "SampleSelected " + e[0] + " names another call than its sample");
            }
        }
        int distinct = eventsPerCall.values().stream().mapToInt(Set::size).sum();
        System.out.printf("%s: %d samples, %d SampleSelected records (%d distinct events, %d redelivered copies)%n",
                database, samples.size(), records, distinct, records - distinct);
        Map<String, Set<String>> twice = eventsPerCall.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertTrue(twice.isEmpty(), database + ": calls with more than one SampleSelected event: "
                + twice.entrySet().stream().limit(20).toList());
        assertTrue(samplesPerCall.values().stream().allMatch(s -> s.size() == 1), "a call with two sample ids");
        Set<String> unpublished = new TreeSet<>(samples.values());
        unpublished.removeAll(eventsPerCall.keySet());
        assertTrue(unpublished.isEmpty(), database + ": " + unpublished.size()
                + " samples without a SampleSelected event: " + unpublished.stream().limit(20).toList());
    }

    static Set<String> reasons(String database) {
        Set<String> reasons = new TreeSet<>();
        query(database, "select call_id, rule from sample_reason", rs -> reasons.add(rs.getString(1) + "|"
                + rs.getString(2)));
        return reasons;
    }

    static Map<Instant, String> closedIntervals(String database) {
        Map<Instant, String> closed = new TreeMap<>();
        query(database, """
                select start_at, offered, answered_within, abandoned, verdict from service_interval
                where closed_at is not null""",
                rs -> closed.put(rs.getTimestamp(1).toInstant(),
                        interval(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5))));
        return closed;
    }

    static List<String> duplicateClosedRows(String database) {
        List<String> rows = new ArrayList<>();
        query(database, """
                select start_at, count(*) from service_interval where closed_at is not null
                group by start_at having count(*) > 1""",
                rs -> rows.add(rs.getTimestamp(1).toInstant() + " x" + rs.getInt(2)));
        return rows;
    }

    static Map<String, Long> byRule(Set<String> reasons) {
        return reasons.stream().collect(Collectors.groupingBy(r -> r.substring(r.indexOf('|') + 1), TreeMap::new,
                Collectors.counting()));
    }

    static String setDifference(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        return "missing " + missing.size() + " " + missing.stream().limit(30).toList() + ", extra " + extra.size()
                + " " + extra.stream().limit(30).toList();
    }

    static String mapDifference(Map<Instant, String> expected, Map<Instant, String> actual) {
        Set<Instant> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        return keys.stream().filter(k -> !Objects.equals(expected.get(k), actual.get(k)))
                .map(k -> k + ": expected " + expected.get(k) + ", was " + actual.get(k))
                .collect(Collectors.joining("; "));
    }

    // --- Kafka and PostgreSQL -----------------------------------------------------------------------------------

    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SAMPLE_ID = Pattern.compile("\"sampleId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CALL_ID = Pattern.compile("\"callId\"\\s*:\\s*\"([^\"]+)\"");

    /** Every SampleSelected on qa.samples.v1 so far, as {eventId, sampleId, callId}. */
    static List<String[]> sampleSelectedEvents() {
        return events(SAMPLES_TOPIC).stream().filter(e -> "SampleSelected".equals(e[0]))
                .map(e -> new String[] {e[1], e[2], e[3]}).toList();
    }

    /** Every event on the topic so far, as {type, eventId, sampleId, callId}. */
    static List<String[]> events(String topic) {
        return rawValues(topic).stream().map(value -> new String[] {first(TYPE, value), first(EVENT_ID, value),
                first(SAMPLE_ID, value), first(CALL_ID, value)}).toList();
    }

    /** Every record value on the topic so far, partition by partition. */
    static List<String> rawValues(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertTrue(System.nanoTime() < deadline, "could not read " + topic + " to its end");
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : null;
    }

    /** Waits until the group's members hold all partitions of qa.calls.v1, spread over this many members. */
    static void awaitCallsAssigned(String group, int members) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get(10, TimeUnit.SECONDS);
                List<Set<Integer>> assigned = new ArrayList<>();
                for (MemberDescription member : description.members()) {
                    Set<Integer> parts = member.assignment().topicPartitions().stream()
                            .filter(tp -> tp.topic().equals(CALLS_TOPIC)).map(TopicPartition::partition)
                            .collect(Collectors.toSet());
                    if (!parts.isEmpty()) {
                        assigned.add(parts);
                    }
                }
                assertEquals(members, assigned.size(), group + " members holding " + CALLS_TOPIC + ": " + assigned);
                assertEquals(PARTITIONS, assigned.stream().mapToInt(Set::size).sum(), group + ": " + assigned);
            });
        }
    }

    /**
     * Waits until the database has every call, its watermark has passed the last interval of the day, its outbox is
     * empty, and none of its figures changed for 5 s.
     */
    static void awaitSettled(String database) {
        String[] last = {null};
        long[] since = {System.nanoTime()};
        try {
            await().atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
                String state = state(database);
                if (!state.equals(last[0])) {
                    last[0] = state;
                    since[0] = System.nanoTime();
                    return false;
                }
                boolean complete = count(database, "select count(*) from call") == calls.size()
                        && count(database, "select count(*) from outbox") == 0
                        && !watermark(database).isBefore(finalWatermark);
                return complete && System.nanoTime() - since[0] >= TimeUnit.SECONDS.toNanos(5);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            String logs = instances.stream().filter(i -> i.database.equals(database)).map(ServiceInstance::tail)
                    .collect(Collectors.joining("\n"));
            fail(database + " did not settle within " + SETTLE_TIMEOUT + " (calls expected " + calls.size()
                    + ", watermark expected " + finalWatermark + "): " + last[0] + "\n" + logs, e);
        }
    }

    private static String state(String database) {
        return "calls=" + count(database, "select count(*) from call")
                + " reasons=" + count(database, "select count(*) from sample_reason")
                + " samples=" + count(database, "select count(*) from sample")
                + " closed=" + count(database, "select count(*) from service_interval where closed_at is not null")
                + " outbox=" + count(database, "select count(*) from outbox")
                + " watermark=" + watermark(database);
    }

    static Instant watermark(String database) {
        Instant[] value = {Instant.EPOCH};
        query(database, "select value from watermark where name = 'calls'", rs -> {
            Timestamp t = rs.getTimestamp(1);
            value[0] = t == null ? Instant.EPOCH : t.toInstant();
        });
        return value[0];
    }

    static Map<Integer, Instant> partitionMarks(String database) {
        Map<Integer, Instant> marks = new TreeMap<>();
        query(database, "select part, max_ended_at from partition_mark",
                rs -> marks.put(rs.getInt(1), rs.getTimestamp(2).toInstant()));
        return marks;
    }

    static long count(String database, String sql) {
        long[] n = {0};
        query(database, sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    static void query(String database, String sql, RowHandler handler) {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(database), Databases.USER, Databases.PASSWORD);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    static void createDatabases(String... names) throws SQLException {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("create database " + name + " owner " + Databases.USER);
            }
        }
    }
}
