package io.callqa.local.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats the log directory the first time, as {@code kafka-storage format} does, and never again: a formatted
 * directory keeps its data and the cluster id in its {@code meta.properties}.
 */
final class KafkaStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaStorage.class);
    private static final String META_PROPERTIES = "meta.properties";

    private KafkaStorage() {
    }

    /** The cluster id: the one stored on disk, or a new one the directory is formatted with now. */
    static String formatIfNeeded(KafkaSettings settings) throws Exception {
        Path directory = settings.logDirectory().toAbsolutePath();
        Path meta = directory.resolve(META_PROPERTIES);
        if (Files.isRegularFile(meta)) {
            return storedClusterId(meta);
        }
        String clusterId = Uuid.randomUuid().toString();
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(KafkaSettings.NODE_ID)
                .setClusterId(clusterId)
                .setControllerListenerName(KafkaSettings.CONTROLLER_LISTENER)
                .setMetadataLogDirectory(directory.toString())
                .addDirectory(directory.toString())
                .setHasDynamicQuorum(false) // static voters: controller.quorum.voters
                .setIgnoreFormatted(false)
                .run();
        LOG.info("formatted {} for new Kafka cluster {}", directory, clusterId);
        return clusterId;
    }

    static String storedClusterId(Path metaProperties) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            props.load(in);
        }
        String clusterId = props.getProperty("cluster.id");
        if (clusterId == null) {
            throw new IllegalStateException(metaProperties + " has no cluster.id; delete the Kafka directory to start afresh");
        }
        return clusterId;
    }
}
