package io.callqa.simulator.push;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.callqa.simulator.output.JsonRecords;

/** A stand-in for the ingest service: records every request and answers what the test says (default: all accepted). */
final class StubIngest implements AutoCloseable {

    record Request(String path, String contentType, String authorization, String apiKey, String body, Instant at) {

        /** The records of a JSON array body. */
        List<JsonNode> records() {
            try {
                List<JsonNode> records = new ArrayList<>();
                JsonRecords.mapper().readTree(body).forEach(records::add);
                return records;
            } catch (IOException e) {
                throw new AssertionError(body, e);
            }
        }

        int count() {
            if (contentType.startsWith("text/csv")) {
                return body.split("\r\n").length - 1;
            }
            return contentType.equals("application/x-ndjson") ? body.split("\n").length : records().size();
        }
    }

    record Answer(int status, String body, String retryAfter) {

        static Answer accepted(Request request) {
            return new Answer(200, "{\"accepted\":" + request.count() + ",\"duplicates\":0,\"rejected\":[]}", null);
        }
    }

    static {
        // without it, each answer waits for the client's delayed ACK (~40 ms): slow for a live push of a day
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Supplier<Instant> clock;
    private volatile Function<Request, Answer> answers = Answer::accepted;

    StubIngest(Supplier<Instant> clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    void answer(Function<Request, Answer> answers) {
        this.answers = answers;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Request> to(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        Request request = new Request(exchange.getRequestURI().getPath(), headers.getFirst("Content-Type"),
                headers.getFirst("Authorization"), headers.getFirst("X-Api-Key"), body, clock.get());
        requests.add(request);
        Answer answer = answers.apply(request);
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
