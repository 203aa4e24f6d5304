package io.callqa.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.callqa.local.fake.FakeRepository;
import io.callqa.local.kafka.Topics;
import io.callqa.local.lifecycle.DataDirectoryLock;

/** The real embedded Kafka and PostgreSQL on free ports, with a stand-in service; about half a minute. */
class LocalStackTest {

    @TempDir
    Path directory;

    @Test
    void dataSurvivesARestart() throws Exception {
        FakeRepository repo = new FakeRepository(directory.resolve("repo")).healthy(Service.INGEST);
        StackOptions options = StackOptions.defaults(repo.root()).withFreePorts()
                .withDataDirectory(directory.resolve("data")).withServices("ingest");

        try (LocalStack stack = LocalStack.start(options)) {
            String env = get(stack.serviceUrl("ingest") + "/env");
            assertTrue(env.contains("KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrapServers()), env);
            assertTrue(env.contains("QUARKUS_DATASOURCE_JDBC_URL=" + stack.jdbcUrl("ingest")), env);
            assertThrows(IllegalStateException.class, () -> LocalStack.start(options));
            send(stack.kafkaBootstrapServers(), "qa.calls.v1", "call-1", "{\"callId\":\"call-1\"}");
            execute(stack.jdbcUrl("ingest"), "create table kept (id text primary key)", "insert into kept values ('row-1')");
        }

        try (LocalStack stack = LocalStack.start(options)) {
            assertEquals(List.of("{\"callId\":\"call-1\"}"), values(stack.kafkaBootstrapServers(), "qa.calls.v1"));
            assertTrue(topics(stack.kafkaBootstrapServers()).containsAll(Topics.all()));
            assertEquals("row-1", firstValue(stack.jdbcUrl("ingest"), "select id from kept"));
        }
    }

    @Test
    void serviceThatDiesWhileStartingStopsTheStackAndShowsItsLog() throws Exception {
        FakeRepository repo = new FakeRepository(directory.resolve("repo")).broken(Service.SCORING);
        Path data = directory.resolve("data");
        StackOptions options = StackOptions.defaults(repo.root()).withFreePorts().withDataDirectory(data)
                .withServices("scoring");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LocalStack.start(options));

        assertTrue(e.getMessage().contains("scoring exited with status 1 while starting"), e.getMessage());
        assertTrue(e.getMessage().contains("io.callqa.missing.Main"), e.getMessage());
        DataDirectoryLock.acquire(data).close(); // everything stopped: the data directory is free again
        assertFalse(io.callqa.local.postgres.PostgresServerAccess.running(data.resolve("postgres")));
    }

    @Test
    void missingJarIsReportedBeforeAnythingStarts() {
        StackOptions options = StackOptions.defaults(directory).withDataDirectory(directory.resolve("data"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LocalStack.start(options));

        assertTrue(e.getMessage().contains("ingest-service/target/quarkus-app/quarkus-run.jar"), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw -B install -DskipTests"), e.getMessage());
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void send(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> values(String bootstrap, String topic) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> values = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private static Set<String> topics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }

    private static void execute(String jdbcUrl, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "callqa", "callqa"); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String firstValue(String jdbcUrl, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "callqa", "callqa");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next(), "no row for " + query);
            return rs.getString(1);
        }
    }
}
