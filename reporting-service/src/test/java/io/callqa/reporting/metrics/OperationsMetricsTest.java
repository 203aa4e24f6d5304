package io.callqa.reporting.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaBroker;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The operations gauges on {@code /q/metrics} (refreshed every second in tests). Queue and team gauges use ids of
 * their own; the center-wide counts are checked by how much they change.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OperationsMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TODAY = "cast(now() at time zone 'Asia/Shanghai' as date)";

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

    private static void interval(String queue, String startAgo, String endAgo, String level) {
        TestDatabase.execute("insert into interval_fact (scope, queue_id, start_at, end_at, length_minutes, day, offered,"
                + " answered_within, abandoned, service_level, target, verdict, watermark) values ('QUEUE', ?,"
                + " now() - cast(? as interval), now() - cast(? as interval), 15, " + TODAY + ", 10, 8, 1,"
                + " cast(? as numeric), 0.8, 'MET', now())", queue, startAgo, endAgo, level);
    }

    private static void evaluation(UUID id, int version, String team, String score, boolean latest, UUID sample) {
        TestDatabase.execute("insert into evaluation_fact (evaluation_id, version, agent_id, team_id, total_score,"
                + " critical_failed, problem_found, released_at, month, day, latest, sample_id) values (?, ?, ?, ?,"
                + " cast(? as numeric), false, false, now(), to_char(" + TODAY + ", 'YYYY-MM'), " + TODAY + ", ?, ?)",
                id, version, "a-" + UUID.randomUUID(), team, score, latest, sample);
    }

    private static UUID sample(String mode, String dueIn) {
        UUID id = UUID.randomUUID();
        TestDatabase.execute("insert into sample_fact (sample_id, call_id, mode, priority, rules, reasons, selected_at,"
                + " due_at, day) values (?, ?, ?, 'NORMAL', array['RANDOM'], cast('[]' as jsonb), now(),"
                + " now() + cast(? as interval), " + TODAY + ")", id, "c-" + id, mode, dueIn);
        return id;
    }

    @Test
    void aQueuesLatestClosedIntervalGivesItsServiceLevelAndTarget() {
        String queue = "q-ops-" + UUID.randomUUID();
        interval(queue, "45 minutes", "30 minutes", "0.5000");
        interval(queue, "30 minutes", "15 minutes", "0.8125");
        interval(queue, "5 minutes", "-10 minutes", "0.1000"); // not closed yet

        String labels = "queue=\"" + queue + "\",scope=\"QUEUE\"";
        awaitValue("qa_service_level_latest", labels, 0.8125);
        assertEquals(0.8, value("qa_service_level_target", labels));
    }

    @Test
    void aTeamsMonthToDateAverageCountsOnlyTheLatestVersions() {
        String team = "t-ops-" + UUID.randomUUID();
        UUID revised = UUID.randomUUID();
        evaluation(revised, 1, team, "10.0", false, null);
        evaluation(revised, 2, team, "80.0", true, null);
        evaluation(UUID.randomUUID(), 1, team, "91.0", true, null);

        awaitValue("qa_score_month_to_date", "team=\"" + team + "\"", 85.5);
    }

    @Test
    void backlogOverdueAndOpenAppealsFollowTheReadModels() {
        awaitPresent();
        double backlog = value("qa_samples_backlog", "mode=\"REALTIME\"");
        double overdue = value("qa_evaluations_overdue", "mode=\"REALTIME\"");
        double appeals = value("qa_appeals_open", "");

        sample("REALTIME", "1 hour");
        sample("REALTIME", "-1 hour");
        UUID evaluated = sample("REALTIME", "-1 hour");
        evaluation(UUID.randomUUID(), 1, "t-ops-" + UUID.randomUUID(), "70.0", true, evaluated);
        TestDatabase.execute("insert into appeal_fact (appeal_id, evaluation_id, filed_at, day) values (?, ?, now(), "
                + TODAY + ")", UUID.randomUUID(), UUID.randomUUID());
        TestDatabase.execute("insert into appeal_fact (appeal_id, evaluation_id, filed_at, decided_at, decision, day)"
                + " values (?, ?, now(), now(), 'REJECTED', " + TODAY + ")", UUID.randomUUID(), UUID.randomUUID());

        awaitValue("qa_samples_backlog", "mode=\"REALTIME\"", backlog + 2);
        awaitValue("qa_evaluations_overdue", "mode=\"REALTIME\"", overdue + 1);
        awaitValue("qa_appeals_open", "", appeals + 1);
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
