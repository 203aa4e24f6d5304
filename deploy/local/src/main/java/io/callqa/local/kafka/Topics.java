package io.callqa.local.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform's topics and their dead-letter topics, created when missing. */
public final class Topics {

    public static final List<String> EVENT_TOPICS = List.of("qa.calls.v1", "qa.roster.v1", "qa.complaints.v1",
            "qa.samples.v1", "qa.intervals.v1", "qa.evaluations.v1", "qa.feedback.v1", "acd.calls.raw.v1");

    private static final Logger LOG = LoggerFactory.getLogger(Topics.class);

    private Topics() {
    }

    /** Every event topic and its {@code .dlq}. */
    public static List<String> all() {
        return EVENT_TOPICS.stream().flatMap(t -> Stream.of(t, t + ".dlq")).toList();
    }

    /** Creates those of {@code names} that do not exist yet, with {@link KafkaSettings#PARTITIONS} partitions. */
    public static void ensure(String bootstrapServers, List<String> names) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, KafkaSettings.PARTITIONS, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                create(admin, missing);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not list or create the topics on " + bootstrapServers, e);
        }
    }

    private static void create(Admin admin, List<NewTopic> topics) throws InterruptedException, ExecutionException,
            TimeoutException {
        for (var result : admin.createTopics(topics).values().entrySet()) {
            try {
                result.getValue().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        LOG.info("created topics {}", topics.stream().map(NewTopic::name).toList());
    }
}
