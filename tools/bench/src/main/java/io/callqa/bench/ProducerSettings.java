package io.callqa.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producer settings of the ceiling: those ingest's publisher ({@code io.callqa.ingest.publish}) uses that
 * bear on throughput. Durability is fixed there (acks=all, idempotence, 5 requests in flight, no compression);
 * {@code linger.ms} and {@code batch.size} come from {@code qa.ingest.publish.linger} and
 * {@code qa.ingest.publish.batch-bytes} of ingest's {@code application.properties}, with ingest's defaults
 * (5 ms, 262144) when the file does not set them.
 */
public final class ProducerSettings {

    static final String LINGER_KEY = "qa.ingest.publish.linger";
    static final String BATCH_KEY = "qa.ingest.publish.batch-bytes";
    static final Duration DEFAULT_LINGER = Duration.ofMillis(5);
    static final int DEFAULT_BATCH_BYTES = 262_144;
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private ProducerSettings() {
    }

    /** The settings for ingest as configured in {@code ingest-service/src/main/resources/application.properties}. */
    public static Map<String, String> ofIngest(Path repositoryRoot) {
        Path file = repositoryRoot.resolve("ingest-service/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ingest's configuration " + file, e);
        }
        return of(properties);
    }

    static Map<String, String> of(Properties ingest) {
        String linger = ingest.getProperty(LINGER_KEY);
        String batch = ingest.getProperty(BATCH_KEY);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        settings.put(ProducerConfig.LINGER_MS_CONFIG,
                String.valueOf((linger == null ? DEFAULT_LINGER : duration(linger)).toMillis()));
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG,
                batch == null ? String.valueOf(DEFAULT_BATCH_BYTES) : batch.trim());
        return settings;
    }

    /** A duration as SmallRye Config reads one: {@code 5ms}, {@code 8s}, ISO-8601 {@code PT5S}, or plain seconds. */
    static Duration duration(String text) {
        String value = text.trim();
        Matcher simple = SIMPLE_DURATION.matcher(value);
        if (!simple.matches()) {
            return Duration.parse(value.startsWith("P") || value.startsWith("p") ? value : "PT" + value);
        }
        long amount = Long.parseLong(simple.group(1));
        String unit = simple.group(2) == null ? "s" : simple.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** The configuration of a {@code KafkaProducer<String, String>} with these settings. */
    public static Map<String, Object> producerConfig(Map<String, String> settings, String bootstrapServers) {
        Map<String, Object> config = new LinkedHashMap<>(settings);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-bench-ceiling");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }
}
