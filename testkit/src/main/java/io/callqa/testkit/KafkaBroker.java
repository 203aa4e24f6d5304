package io.callqa.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * One real Apache Kafka broker per test JVM: KRaft, combined broker and controller, started in-process from
 * {@code kafka-test-common-runtime}. It starts on first use and stops when the JVM ends.
 *
 * <p>The address is kept in a system property so that test code loaded by another class loader (Quarkus
 * restarts the application between test profiles) finds the same broker instead of starting a second one.
 */
public final class KafkaBroker {

    static final String BOOTSTRAP_PROPERTY = "callqa.testkit.kafka.bootstrap-servers";
    /** Partitions of every topic the tests create (auto-created topics included). */
    public static final int PARTITIONS = 3;

    private static final List<Logger> QUIETED = new ArrayList<>();

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        String running = System.getProperty(BOOTSTRAP_PROPERTY);
        if (running == null) {
            running = start();
            System.setProperty(BOOTSTRAP_PROPERTY, running);
        }
        return running;
    }

    private static String start() {
        neutraliseExit();
        quietLogs();
        try {
            // our own directory: the kit's default one is deleted by a shutdown hook racing the broker's stop
            Path directory = Files.createTempDirectory("callqa-kafka-");
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setBaseDirectory(directory)
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("min.insync.replicas", "1")
                    .setConfigProp("num.partitions", String.valueOf(PARTITIONS))
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setDeleteOnClose(true)
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(cluster), "kafka-testkit-stop"));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e);
        }
    }

    /** The broker's INFO chatter would drown the tests' own output. */
    private static void quietLogs() {
        for (String category : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }

    /** A broker failure must fail the test that caused it, never end the test JVM. */
    static void neutraliseExit() {
        Exit.setExitProcedure((code, message) -> {
            throw new BrokerExitException("exit", code, message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new BrokerExitException("halt", code, message);
        });
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        try {
            cluster.close();
        } catch (Exception e) {
            // the JVM is ending; nothing is left to clean but temporary files the kit deletes itself
        }
    }

    /** Thrown instead of ending the JVM when Kafka code asks to exit or halt. */
    public static final class BrokerExitException extends RuntimeException {
        BrokerExitException(String procedure, int code, String message) {
            super("Kafka asked to " + procedure + " with status " + code + ": " + message);
        }
    }
}
