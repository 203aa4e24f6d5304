package io.callqa.reporting.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.callqa.events.AppealDecided;
import io.callqa.events.AppealFiled;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationRevised;
import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.events.SampleSelected;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaBroker;
import io.callqa.testkit.KafkaProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The operations gauges on {@code /q/metrics} (refreshed every second in tests), from events through the
 * projections. Queue and team gauges use ids of their own; the center-wide counts are checked by how much they
 * change.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OperationsMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample {@code name{labels}}, or null when it is not there. */
    private static Double value(String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(labels.isEmpty() ? name : name + "{" + labels + "}") + " (\\S+)$").matcher(metrics());
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private static void awaitValue(String name, String labels, double expected) {
        await().atMost(WAIT).until(() -> Double.valueOf(expected).equals(value(name, labels)));
    }

    private static void interval(String queue, Instant start, String level) {
        Instant end = start.plus(Duration.ofMinutes(15));
        KafkaProbe.publish(new IntervalClosed(UUID.randomUUID(), end, IntervalEvent.Scope.QUEUE, queue, start, end, 15,
                new IntervalEvent.Figures(16, 13, 1, new BigDecimal(level), new BigDecimal("0.80"),
                        IntervalEvent.Verdict.MET), end));
    }

    private static EvaluationReleased released(String team, String total, UUID sampleId) {
        EvaluationReleased e = Fixtures.released("a-" + UUID.randomUUID(), team, total, Instant.now());
        return new EvaluationReleased(e.eventId(), e.occurredAt(), e.evaluationId(), 1, sampleId, e.callId(),
                e.agentId(), e.teamId(), e.evaluatorId(), e.reasons(), e.scorecardId(), e.scorecardVersion(),
                e.totalScore(), false, e.problemFound(), e.flags(), e.items(), e.comment(), e.releasedAt());
    }

    private static EvaluationRevised revised(EvaluationReleased e, String total) {
        Instant now = Instant.now();
        return new EvaluationRevised(UUID.randomUUID(), now, e.evaluationId(), 2, 1,
                EvaluationRevised.Cause.CORRECTION, null, "rescored", "q-ops", e.sampleId(), e.callId(), e.agentId(),
                e.teamId(), e.evaluatorId(), e.reasons(), e.scorecardId(), e.scorecardVersion(), new BigDecimal(total),
                false, false, e.flags(), e.items(), e.comment(), now);
    }

    private static UUID sample(Duration dueIn) {
        UUID id = UUID.randomUUID();
        SampleSelected s = Fixtures.shortCallSample("c-" + id, "a-" + id, "t-ops");
        Instant now = Instant.now();
        KafkaProbe.publish(new SampleSelected(UUID.randomUUID(), now, id, s.callId(), s.agentId(), s.teamId(),
                s.queueId(), s.call(), s.reasons(), SampleSelected.Mode.REALTIME, s.priority(), now, now.plus(dueIn)));
        return id;
    }

    @Test
    void aQueuesLatestClosedIntervalGivesItsServiceLevelAndTarget() {
        String queue = "q-ops-" + UUID.randomUUID();
        Instant now = Instant.now();
        interval(queue, now.minus(Duration.ofMinutes(45)), "0.5000");
        interval(queue, now.minus(Duration.ofMinutes(30)), "0.8125");
        interval(queue, now.minus(Duration.ofMinutes(5)), "0.1000"); // not over yet

        String labels = "queue=\"" + queue + "\",scope=\"QUEUE\"";
        awaitValue("qa_service_level_latest", labels, 0.8125);
        assertEquals(0.8, value("qa_service_level_target", labels));
    }

    @Test
    void aTeamsMonthToDateAverageCountsOnlyTheLatestVersions() {
        String team = "t-ops-" + UUID.randomUUID();
        EvaluationReleased first = released(team, "10.0", UUID.randomUUID());
        KafkaProbe.publish(first);
        KafkaProbe.publish(revised(first, "80.0"));
        KafkaProbe.publish(released(team, "91.0", UUID.randomUUID()));

        awaitValue("qa_score_month_to_date", "team=\"" + team + "\"", 85.5);
    }

    @Test
    void backlogOverdueAndOpenAppealsFollowTheReadModels() {
        awaitPresent();
        double backlog = value("qa_samples_backlog", "mode=\"REALTIME\"");
        double overdue = value("qa_evaluations_overdue", "mode=\"REALTIME\"");
        double appeals = value("qa_appeals_open", "");

        sample(Duration.ofHours(1));
        sample(Duration.ofHours(-1));
        UUID evaluated = sample(Duration.ofHours(-1));
        KafkaProbe.publish(released("t-ops-" + UUID.randomUUID(), "70.0", evaluated));
        KafkaProbe.publish(filed(UUID.randomUUID()));
        UUID decided = UUID.randomUUID();
        KafkaProbe.publish(filed(decided));
        Instant now = Instant.now();
        KafkaProbe.publish(new AppealDecided(UUID.randomUUID(), now, decided, UUID.randomUUID(), 1, "a-ops", "t-ops",
                AppealDecided.Decision.REJECTED, "scored as the standard says", "q-ops", null, now));

        awaitValue("qa_samples_backlog", "mode=\"REALTIME\"", backlog + 2);
        awaitValue("qa_evaluations_overdue", "mode=\"REALTIME\"", overdue + 1);
        awaitValue("qa_appeals_open", "", appeals + 1);
    }

    private static AppealFiled filed(UUID appealId) {
        Instant now = Instant.now();
        return new AppealFiled(UUID.randomUUID(), now, appealId, UUID.randomUUID(), 1, "a-ops", "t-ops", List.of("B1"),
                "I did explain it", now);
    }

    private static void awaitPresent() {
        await().atMost(WAIT).until(() -> value("qa_samples_backlog", "mode=\"POSTHOC\"") != null);
    }

    @Test
    void consumerLagIsTheEndOffsetLessTheGroupsCommittedOffset() {
        String topic = "ops.lag." + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            KafkaProbe.send(topic, "k", "m" + i);
        }
        List<ConsumerRecord<String, String>> records = KafkaProbe.records(topic);
        TopicPartition partition = new TopicPartition(topic, records.get(0).partition());
        commit("ops-lag-probe", partition, records.get(1).offset());

        awaitValue("qa_consumer_lag", "group=\"ops-lag-probe\",topic=\"" + topic + "\"", 2);
    }

    private static void commit(String group, TopicPartition partition, long offset) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
        }
    }
}
