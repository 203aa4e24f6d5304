package io.callqa.local.kafka;

import java.nio.file.Files;
import java.util.function.Consumer;

import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/** The in-process Kafka broker and controller (KRaft), on storage kept between starts. */
public final class KafkaNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaNode.class);

    private final KafkaRaftServer server;
    private final KafkaExitGuard exitGuard;
    private final KafkaSettings settings;

    private KafkaNode(KafkaRaftServer server, KafkaExitGuard exitGuard, KafkaSettings settings) {
        this.server = server;
        this.exitGuard = exitGuard;
        this.settings = settings;
    }

    /**
     * Formats the storage if it is new, starts the node and returns once the broker takes requests.
     *
     * @param onFault told when Kafka hits a fault that would have ended the JVM
     */
    public static KafkaNode start(KafkaSettings settings, Consumer<String> onFault) throws Exception {
        Files.createDirectories(settings.logDirectory());
        String clusterId = KafkaStorage.formatIfNeeded(settings);
        KafkaExitGuard exitGuard = KafkaExitGuard.install(onFault);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(settings.serverProperties()), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            stop(server);
            exitGuard.close();
            throw e;
        }
        LOG.info("Kafka cluster {} listening on {}", clusterId, settings.bootstrapServers());
        return new KafkaNode(server, exitGuard, settings);
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    @Override
    public void close() {
        stop(server);
        exitGuard.close();
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }
}
