package io.callqa.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import io.callqa.events.CallRecorded;
import io.callqa.local.Service;

/**
 * The latency phase through ingest, as an ACD sends: the calls of each 10 ms go as one JSON array to
 * {@code POST /api/v1/calls} (with the local stack's API key), several requests in flight; a call is acknowledged
 * when ingest answers 200 with every record of its request accepted, i.e. after ingest's publish was acknowledged
 * by Kafka ({@code acks=all}).
 */
final class IngestCallSink implements CallSink {

    private static final long TICK_NANOS = 10_000_000;

    private record Pending(CallRecorded call, LongConsumer onAck) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI uri;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private List<Pending> batch = new ArrayList<>();
    private long batchStarted;

    IngestCallSink(String ingestUrl) {
        this.uri = URI.create(ingestUrl + "/api/v1/calls");
    }

    @Override
    public void send(CallRecorded call, LongConsumer onAck) {
        long now = System.nanoTime();
        if (!batch.isEmpty() && now - batchStarted >= TICK_NANOS) {
            flush();
        }
        if (batch.isEmpty()) {
            batchStarted = now;
        }
        batch.add(new Pending(call, onAck));
    }

    @Override
    public void awaitAcks() throws InterruptedException {
        flush();
        while (inFlight.get() > 0) {
            Thread.sleep(1);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("ingest did not accept a latency call: " + failure.get());
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Pending> sending = batch;
        batch = new ArrayList<>();
        StringBuilder body = new StringBuilder(sending.size() * 600).append('[');
        for (Pending pending : sending) {
            body.append(body.length() == 1 ? "" : ",").append(json(pending.call()));
        }
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("X-Api-Key", Service.LOCAL_API_KEY).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build();
        inFlight.incrementAndGet();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            long now = System.nanoTime();
            BatchResult result = error != null ? BatchResult.failed(error.toString(), 0)
                    : BatchResult.of(response.statusCode(), response.body(), 0);
            if (!result.ok() || result.answer().accepted() != sending.size()) {
                failure.compareAndSet(null, result.ok() ? "accepted " + result.answer().accepted() + " of "
                        + sending.size() : result.failure());
            } else {
                sending.stream().filter(p -> p.onAck() != null).forEach(p -> p.onAck().accept(now));
            }
            inFlight.decrementAndGet();
        });
    }

    /** The call as an ACD's normalised record; the caller's number made up from the call id. */
    static String json(CallRecorded call) {
        return "{\"callId\":\"" + call.callId() + "\",\"channel\":\"" + call.channel() + "\",\"direction\":\""
                + call.direction() + "\",\"queueId\":\"" + call.queueId() + "\",\"agentId\":\"" + call.agentId()
                + "\",\"teamId\":\"" + call.teamId() + "\",\"callerNumber\":\"139"
                + String.format("%08d", Math.floorMod(call.callId().hashCode(), 100_000_000))
                + "\",\"enqueuedAt\":\"" + CallRecords.time(call.enqueuedAt()) + "\",\"answeredAt\":\""
                + CallRecords.time(call.answeredAt()) + "\",\"endedAt\":\"" + CallRecords.time(call.endedAt())
                + "\",\"talkSeconds\":" + call.talkSeconds() + ",\"holdSeconds\":" + call.holdSeconds()
                + ",\"releasedBy\":\"" + call.releasedBy() + "\",\"recordingUri\":\""
                + "https://callqa-recordings.oss-cn-shanghai.aliyuncs.com/latency/" + call.callId() + ".wav\"}";
    }
}
