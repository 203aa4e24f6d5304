package io.callqa.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/** Every Kafka jar of the in-process broker must be the version of kafka-clients the Quarkus BOM manages. */
class KafkaVersionAlignmentTest {

    private static final Pattern KAFKA_JAR = Pattern.compile("(kafka[-_][a-z0-9.-]*?)-(\\d+\\.\\d+\\.\\d+)\\.jar");

    @Test
    void everyKafkaJarHasTheClientsVersion() {
        Map<String, String> versions = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(path -> KAFKA_JAR.matcher(new File(path).getName()))
                .filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a));

        assertFalse(versions.isEmpty(), "no Kafka jar on the class path");
        List<String> drifted = versions.entrySet().stream()
                .filter(e -> !e.getValue().equals(AppInfoParser.getVersion()))
                .map(e -> e.getKey() + ":" + e.getValue())
                .toList();
        assertEquals(List.of(), drifted, "expected every Kafka jar at " + AppInfoParser.getVersion());
    }
}
