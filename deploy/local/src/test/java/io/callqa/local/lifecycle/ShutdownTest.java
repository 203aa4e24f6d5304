package io.callqa.local.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.local.lifecycle.Shutdown.StopReason;

class ShutdownTest {

    private final List<String> stopped = new ArrayList<>();
    private final Shutdown shutdown = new Shutdown();

    @Test
    void stopsComponentsOnceLastStartedFirst() throws Exception {
        shutdown.start("postgres", () -> () -> stopped.add("postgres"));
        shutdown.start("kafka", () -> () -> stopped.add("kafka"));
        shutdown.start("services", () -> () -> stopped.add("services"));

        shutdown.run(new StopReason("closed", false));
        shutdown.run(new StopReason("the JVM is exiting", false));

        assertEquals(List.of("services", "kafka", "postgres"), stopped);
        assertEquals(new StopReason("closed", false), shutdown.reason());
    }

    @Test
    void aComponentThatFailsToStopDoesNotKeepTheOthersRunning() throws Exception {
        shutdown.start("postgres", () -> () -> stopped.add("postgres"));
        shutdown.start("kafka", () -> () -> {
            throw new IllegalStateException("stuck");
        });

        shutdown.run(new StopReason("closed", false));

        assertEquals(List.of("postgres"), stopped);
    }

    @Test
    void nothingStartsOnceTheStackIsStopping() throws Exception {
        shutdown.run(new StopReason("Kafka asked to halt", true));

        assertThrows(IllegalStateException.class, () -> shutdown.start("kafka", () -> () -> stopped.add("kafka")));
        assertThrows(IllegalStateException.class, shutdown::ensureRunning);
        assertEquals(List.of(), stopped);
    }
}
