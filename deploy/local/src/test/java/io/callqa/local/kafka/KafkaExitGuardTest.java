package io.callqa.local.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;

class KafkaExitGuardTest {

    @Test
    void kafkaAskingToEndTheJvmStopsTheStackInsteadAndStopsThatKafkaThread() {
        List<String> faults = new ArrayList<>();

        try (KafkaExitGuard guard = KafkaExitGuard.install(faults::add)) {
            assertThrows(KafkaExitGuard.KafkaFaultException.class, () -> Exit.halt(1, "metadata log corrupted"));
            assertThrows(KafkaExitGuard.KafkaFaultException.class, () -> Exit.exit(2));
        }

        assertEquals(List.of("Kafka asked to halt with status 1: metadata log corrupted",
                "Kafka asked to exit with status 2"), faults);
    }
}
