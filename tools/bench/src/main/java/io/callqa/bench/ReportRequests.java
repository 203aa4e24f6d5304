package io.callqa.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * Sends report requests to the reporting service one at a time over one HTTP/1.1 keep-alive connection, with a
 * QA lead's bearer token, and times each from sending to the last byte of the answer.
 */
final class ReportRequests {

    /** Requests measured at least, even past the time cap. */
    static final int MIN_REQUESTS = 20;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    ReportRequests(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** One answer: status, body and nanoseconds. */
    record Answer(int status, String body, long nanos) {
    }

    Answer send(String method, String target) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token);
        request = method.equals("POST") ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
    }

    /**
     * {@code warmup} unmeasured requests (numbers {@code 1_000_000 + k}, other arguments than the measured ones),
     * then {@code requests} measured ones (numbers 0 … requests − 1), or fewer (at least {@value #MIN_REQUESTS})
     * once {@code cap} has passed, so that one slow report does not hold up the run.
     */
    ReportTiming measure(String name, String method, LongFunction<String> target, int warmup, int requests,
            Duration cap) throws IOException, InterruptedException {
        for (int k = 0; k < warmup; k++) {
            send(method, target.apply(1_000_000L + k));
        }
        long deadline = System.nanoTime() + cap.toNanos();
        long[] nanos = new long[requests];
        int[] statuses = new int[requests];
        long bytes = 0;
        String firstError = null;
        for (int k = 0; k < requests; k++) {
            String path = target.apply(k);
            Answer answer = send(method, path);
            nanos[k] = answer.nanos();
            statuses[k] = answer.status();
            bytes += answer.body().length();
            if ((answer.status() < 200 || answer.status() >= 300) && firstError == null) {
                String body = answer.body();
                firstError = answer.status() + " " + path + ": " + (body.length() > 300 ? body.substring(0, 300)
                        : body);
            }
            if (System.nanoTime() > deadline && k + 1 >= MIN_REQUESTS && k + 1 < requests) {
                nanos = Arrays.copyOf(nanos, k + 1);
                statuses = Arrays.copyOf(statuses, k + 1);
                break;
            }
        }
        return ReportTiming.of(name, nanos, statuses, bytes, firstError);
    }
}
