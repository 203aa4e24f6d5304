package io.callqa.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The calls the sampling service has indexed since it started, read from its {@code qa_calls_indexed_total}
 * counter on {@code /q/metrics} (incremented after each batch's commit). Polling it costs PostgreSQL nothing,
 * where {@code count(*)} over a growing {@code call} table costs more with every poll.
 */
final class IndexedCalls {

    private static final String METRIC = "qa_calls_indexed_total";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI metrics;

    IndexedCalls(String serviceUrl) {
        this.metrics = URI.create(serviceUrl + "/q/metrics");
    }

    long count() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(metrics + " answered " + response.statusCode());
        }
        return parse(response.body());
    }

    /** The counter's value in a Prometheus text exposition; 0 before the first batch registers it. */
    static long parse(String exposition) {
        long total = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(METRIC + " ") || line.startsWith(METRIC + "{")) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
