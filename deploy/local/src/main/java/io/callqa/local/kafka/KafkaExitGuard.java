package io.callqa.local.kafka;

import java.util.function.Consumer;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka ends its JVM on a fatal fault ({@code Exit.exit}/{@code Exit.halt}). In the launcher that would kill the
 * services' infrastructure without a word, so the fault is logged and handed on to stop the stack in order.
 */
final class KafkaExitGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaExitGuard.class);

    private KafkaExitGuard() {
    }

    static KafkaExitGuard install(Consumer<String> onFault) {
        Exit.setExitProcedure((code, message) -> fault("exit", code, message, onFault));
        Exit.setHaltProcedure((code, message) -> fault("halt", code, message, onFault));
        return new KafkaExitGuard();
    }

    private static void fault(String procedure, int code, String message, Consumer<String> onFault) {
        String description = "Kafka asked to " + procedure + " with status " + code + (message == null ? "" : ": " + message);
        LOG.error("{}; the local stack stops", description);
        onFault.accept(description);
        // the Kafka thread that asked must not go on as if the JVM had ended
        throw new KafkaFaultException(description);
    }

    /** Once Kafka is stopped, a late request to end the JVM is only logged. */
    @Override
    public void close() {
        Exit.setExitProcedure((code, message) -> fault("exit", code, message, description -> { }));
        Exit.setHaltProcedure((code, message) -> fault("halt", code, message, description -> { }));
    }

    /** Thrown on the Kafka thread that asked to end the JVM. */
    static final class KafkaFaultException extends RuntimeException {
        KafkaFaultException(String message) {
            super(message);
        }
    }
}
