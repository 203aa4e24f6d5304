package io.callqa.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phase (b): {@code POST /api/v1/calls} with pre-serialised JSON arrays, {@code concurrency} requests in flight
 * (one client thread each, over HTTP/1.1 keep-alive connections). The clock covers the measured requests only.
 */
public final class IngestLoad implements AutoCloseable {

    private final URI uri;
    private final String bearer;
    private final int concurrency;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(2, named("bench-http-"));
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(httpThreads).connectTimeout(Duration.ofSeconds(10)).build();

    public IngestLoad(String ingestUrl, String token, int concurrency) {
        this.uri = URI.create(ingestUrl + "/api/v1/calls");
        this.bearer = "Bearer " + token;
        this.concurrency = concurrency;
    }

    /** Sends {@code bodies} with {@code concurrency} requests in flight; returns each request's outcome in order. */
    public List<BatchResult> send(List<byte[]> bodies) throws InterruptedException {
        List<HttpRequest> requests = bodies.stream().map(this::request).toList();
        BatchResult[] results = new BatchResult[requests.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread client = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < results.length; n = next.getAndIncrement()) {
                    results[n] = post(requests.get(n));
                }
            }, "bench-client-" + i);
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        return List.of(results);
    }

    private BatchResult post(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return BatchResult.of(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return BatchResult.failed(e.toString(), System.nanoTime() - start);
        }
    }

    private HttpRequest request(byte[] body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Authorization", bearer)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    @Override
    public void close() {
        httpThreads.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, prefix + count.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
