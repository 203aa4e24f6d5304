package io.callqa.local.kafka;

import java.nio.file.Path;
import java.util.Properties;

/**
 * One combined broker and controller (KRaft) on {@code localhost}: clients on {@code port}, the controller
 * quorum on {@code controllerPort}, all data in {@code logDirectory}.
 */
public record KafkaSettings(Path logDirectory, int port, int controllerPort) {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    public static final int PARTITIONS = 3;

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The broker configuration, as {@code server.properties} would hold it. */
    public Properties serverProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", logDirectory.toAbsolutePath().toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("min.insync.replicas", "1");
        props.put("num.partitions", String.valueOf(PARTITIONS));
        props.put("auto.create.topics.enable", "true");
        props.put("group.initial.rebalance.delay.ms", "0");
        // local data stays until .qa-local/ is deleted: no time-based deletion of events or committed offsets
        props.put("log.retention.ms", "-1");
        props.put("offsets.retention.minutes", String.valueOf(Integer.MAX_VALUE));
        return props;
    }
}
