package io.callqa.bench;

import java.util.function.LongConsumer;

import io.callqa.events.CallRecorded;

/** Where the latency phase sends its calls: straight to Kafka ({@link CallProducer}) or through ingest. */
interface CallSink {

    /** Sends one call; {@code onAck} gets {@link System#nanoTime()} of its acknowledgement (null: not wanted). */
    void send(CallRecorded call, LongConsumer onAck);

    /** Waits until every call sent so far is acknowledged; the first failure fails the run. */
    void awaitAcks() throws InterruptedException;
}
