package io.callqa.ingest.publish;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.callqa.ingest.IngestConfig;

/**
 * The producer ingest publishes with: the connection settings of {@code kafka.*} (bootstrap servers, TLS,
 * SASL), durability fixed (acks=all, idempotence), and time bounds derived from the publish timeout so that a
 * request never waits longer than it: half of it for metadata and for one request, all of it for delivery.
 */
final class ProducerSettings {

    private ProducerSettings() {
    }

    static Producer<String, byte[]> create(Map<String, Object> kafka, IngestConfig.Publish publish) {
        return new KafkaProducer<>(settings(kafka, publish), new StringSerializer(), new ByteArraySerializer());
    }

    static Map<String, Object> settings(Map<String, Object> kafka, IngestConfig.Publish publish) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("ssl.")
                    || key.startsWith("sasl.") || key.equals("client.dns.lookup")) {
                settings.put(key, value);
            }
        });
        publish.bootstrapServers().ifPresent(servers -> settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
        long timeout = publish.timeout().toMillis();
        long linger = publish.linger().toMillis();
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-publisher");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, (int) linger);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, publish.batchBytes());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (timeout / 2));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout, timeout / 2 + linger));
        return settings;
    }
}
