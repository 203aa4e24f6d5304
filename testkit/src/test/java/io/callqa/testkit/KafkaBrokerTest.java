package io.callqa.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.events.Topics;

class KafkaBrokerTest {

    @Test
    void publishedEventIsReadBackFromTheRealBroker() {
        String agent = "agent-" + UUID.randomUUID();
        CallRecorded call = new CallRecorded(UUID.randomUUID(), Instant.now(), "call-1", null, null, "q-1", agent,
                null, null, null, Instant.now(), null, Instant.now(), null, null, null, null, null, null, null, null,
                null);

        KafkaProbe.publish(call);

        assertEquals(java.util.List.of(call), KafkaProbe.events(Topics.CALLS, CallEvent.class, agent));
    }

    @Test
    void aSecondRequestReusesTheSameBroker() {
        assertEquals(KafkaBroker.bootstrapServers(), KafkaBroker.bootstrapServers());
        assertTrue(KafkaBroker.bootstrapServers().startsWith("localhost:"));
    }

    @Test
    void kafkaCannotEndTheTestJvm() {
        KafkaBroker.bootstrapServers();

        assertThrows(KafkaBroker.BrokerExitException.class, () -> Exit.exit(1, "simulated fatal error"));
        assertThrows(KafkaBroker.BrokerExitException.class, () -> Exit.halt(1, "simulated fatal error"));
    }
}
