package io.callqa.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.callqa.local.postgres.Databases;
import io.restassured.http.ContentType;

/**
 * Storing an evaluation and publishing its {@code EvaluationReleased} are atomic against crashes. The scoring
 * service (its packaged jar, as a process) first runs with its outbox producer pointed at a port where no broker
 * listens, so the release commits (evaluation, task, outbox row) and the publish cannot happen; the process is then
 * killed with SIGKILL, between the two. Started again with the real broker, it publishes the event exactly once,
 * and nothing was published before.
 */
class ScoringOutboxCrashIT {

    private static final String DATABASE = "scoring_crash";
    private static final String EVALUATIONS = "qa.evaluations.v1";

    @TempDir
    static Path data;
    static LocalStack stack;
    static Path app;
    static ServiceInstance scoring;

    @BeforeAll
    static void start() throws Exception {
        app = ServiceInstance.packagedCopy(Service.SCORING, data);
        stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data).withServices());
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE + " owner " + Databases.USER);
        }
    }

    @AfterAll
    static void stop() {
        if (scoring != null) {
            scoring.stop();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aReleaseCommittedBeforeAKillIsPublishedOnceAfterTheRestart() throws Exception {
        String unreachable = "localhost:" + ServiceInstance.freePort();
        scoring = new ServiceInstance(Service.SCORING, "scoring-crash", DATABASE, app, stack, data,
                Map.of("MP_MESSAGING_OUTGOING_OUTBOX_BOOTSTRAP_SERVERS", unreachable));
        scoring.start();
        scoring.awaitLive();
        String agent = "a-crash-" + UUID.randomUUID();
        UUID sampleId = publishSample(agent);
        await().atMost(Duration.ofMinutes(1)).until(() -> count("select count(*) from task where sample_id = '"
                + sampleId + "'") == 1);

        String evaluationId = release(task(sampleId));
        assertEquals(1, count("select count(*) from outbox where payload like '%" + evaluationId + "%'"),
                "the event waits in the outbox\n" + scoring.tail());
        scoring.kill();
        assertEquals(List.of(), published(evaluationId, Duration.ofSeconds(3)), "nothing was published before the kill");
        assertEquals("RELEASED", text("select status from evaluation where evaluation_id = '" + evaluationId + "'"));

        scoring = new ServiceInstance(Service.SCORING, "scoring-crash", DATABASE, app, stack, data, Map.of());
        scoring.note("=== restart after SIGKILL, with the broker reachable ===");
        scoring.start();
        scoring.awaitReady();
        await().atMost(Duration.ofMinutes(1)).until(() -> count("select count(*) from outbox") == 0);

        List<String> events = published(evaluationId, Duration.ofSeconds(5));
        assertEquals(1, events.size(), "published once: " + events);
        assertEquals(true, events.get(0).contains("\"type\":\"EvaluationReleased\""), events.get(0));
    }

    private UUID publishSample(String agent) throws Exception {
        UUID sampleId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String json = """
                {"type":"SampleSelected","eventId":"%s","occurredAt":"%s","sampleId":"%s","callId":"c-%s",
                "agentId":"%s","teamId":"t-1","queueId":"q-billing","call":{"enqueuedAt":"%s","answeredAt":"%s",
                "endedAt":"%s","talkSeconds":12,"waitSeconds":10,"recordingUri":"s3://recordings/c.wav"},
                "reasons":[{"rule":"SHORT_CALL","detail":"talk time 12 s is under 20 s"}],"mode":"REALTIME",
                "priority":"HIGH","selectedAt":"%s","dueAt":"%s"}""".formatted(UUID.randomUUID(), now, sampleId,
                sampleId, agent, now.minusSeconds(22), now.minusSeconds(12), now, now, now.plusSeconds(4 * 3600));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("qa.samples.v1", agent, json.replace("\n", ""))).get();
        }
        return sampleId;
    }

    private String task(UUID sampleId) throws SQLException {
        return text("select cast(task_id as text) from task where sample_id = '" + sampleId + "'");
    }

    private String release(String taskId) {
        String items = Stream.of("B1:25", "B2:15", "S1:15", "S2:15", "S3:-", "S4:-", "C1:10", "C2:10", "C3:10", "X1:-")
                .map(i -> i.endsWith("-") ? "{\"itemId\":\"" + i.substring(0, 2) + "\",\"passed\":true}"
                        : "{\"itemId\":\"" + i.substring(0, 2) + "\",\"awarded\":" + i.substring(3) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return given().auth().oauth2(stack.token("evaluator", "e-crash", null, null)).contentType(ContentType.JSON)
                .body("{\"taskId\":\"" + taskId + "\",\"items\":" + items + "}")
                .when().post(scoring.url() + "/api/v1/evaluations")
                .then().statusCode(201).body("status", equalTo("RELEASED"))
                .extract().jsonPath().getString("evaluationId");
    }

    /** The records of {@code qa.evaluations.v1} that name the evaluation, read from the beginning. */
    private List<String> published(String evaluationId, Duration within) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(EVALUATIONS));
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() != null && r.value().contains(evaluationId)) {
                        found.add(r.value());
                    }
                }
            }
        }
        return found;
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(DATABASE), Databases.USER, Databases.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
