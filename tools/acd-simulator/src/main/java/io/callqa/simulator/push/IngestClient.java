package io.callqa.simulator.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.simulator.output.JsonRecords;

/**
 * POSTs batches to the ingest API. 200 is parsed into a {@link BatchAnswer}; a 400 or 422 refuses the whole batch;
 * 503 (and 502, 504, no connection) is retried up to {@code retries} times, after {@code Retry-After} seconds when
 * the answer says so, else after 1, 2, 4 … 30 s; anything else ends the push with an {@link IngestException}.
 */
public final class IngestClient {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final Credentials credentials;
    private final HttpClient http;
    private final Ticker ticker;
    private final int retries;

    public IngestClient(URI base, Credentials credentials, HttpClient http, Ticker ticker, int retries) {
        this.base = base;
        this.credentials = credentials;
        this.http = http;
        this.ticker = ticker;
        this.retries = retries;
    }

    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public BatchAnswer post(String path, String contentType, byte[] body, int records)
            throws IngestException, InterruptedException {
        URI uri = base.resolve(path);
        for (int attempt = 0; ; attempt++) {
            Retry retry;
            try {
                HttpResponse<String> response = http.send(request(uri, contentType, body),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return BatchAnswer.parse(json(response.body()));
                }
                if (response.statusCode() == 400 || response.statusCode() == 422) {
                    return BatchAnswer.allRejected(records, response.statusCode() + " " + problem(response.body()));
                }
                retry = Retry.of(response, attempt, ticker.now());
                if (retry == null) {
                    throw new IngestException(response.statusCode(), Failures.explain(uri, response.statusCode(),
                            problem(response.body())));
                }
            } catch (IOException e) {
                retry = new Retry(Retry.backoff(attempt), "no connection to " + uri + " (" + e + ")");
            }
            if (attempt >= retries) {
                throw new IngestException(0, retry.reason() + "; gave up after " + retries + " retries");
            }
            ticker.sleep(retry.after());
        }
    }

    private HttpRequest request(URI uri, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        credentials.apply(request);
        return request.build();
    }

    private static JsonNode json(String body) throws IngestException {
        try {
            return JsonRecords.mapper().readTree(body);
        } catch (IOException e) {
            throw new IngestException(200, "the ingest API answered 200 with a body that is not JSON: "
                    + abbreviate(body));
        }
    }

    /** The {@code detail} (else {@code title}) of a problem+json body, else the body itself, shortened. */
    static String problem(String body) {
        try {
            JsonNode node = JsonRecords.mapper().readTree(body);
            if (node != null && node.isObject()) {
                String detail = node.path("detail").asText(node.path("title").asText(""));
                if (!detail.isEmpty()) {
                    return detail;
                }
            }
        } catch (IOException e) {
            // not JSON: the body itself
        }
        return abbreviate(body);
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
