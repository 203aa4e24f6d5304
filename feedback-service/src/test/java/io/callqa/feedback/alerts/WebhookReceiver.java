package io.callqa.feedback.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server (JDK {@link HttpServer}, free port) standing in for webhook receivers, started for the whole
 * test suite: {@code /flaky} answers 500 to the first request of each event id and 200 to the next;
 * {@code /down} always 500. {@code GET /log} lists every request received (as JSON), so tests in the application's
 * class loader can read it over HTTP.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String FLAKY_SECRET = "flaky-secret";

    private final List<Map<String, Object>> received = new ArrayList<>();
    private final Set<String> failedOnce = new HashSet<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/flaky", exchange -> answer(exchange, true));
        server.createContext("/down", exchange -> answer(exchange, false));
        server.createContext("/log", this::log);
        server.start();
        String base = "http://localhost:" + server.getAddress().getPort();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("qa.feedback.alerts.webhooks.flaky.url", base + "/flaky");
        config.put("qa.feedback.alerts.webhooks.flaky.secret", FLAKY_SECRET);
        config.put("qa.feedback.alerts.webhooks.down.url", base + "/down");
        config.put("qa.feedback.alerts.webhooks.down.secret", "down-secret");
        config.put("qa.feedback.alerts.webhooks.down.kinds", "APPEAL_OVERDUE");
        config.put("qa.feedback.alerts.delivery.initial-delay", "300ms");
        config.put("qa.feedback.alerts.delivery.max-attempts", "3");
        config.put("qa.feedback.alerts.delivery.poll-interval", "200ms");
        config.put("qa.feedback.alerts.delivery.timeout", "2s");
        config.put("qa.feedback.alerts.stream.keep-alive", "2s");
        config.put("webhook-receiver.log", base + "/log");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange, boolean recovers) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String eventId = exchange.getRequestHeaders().getFirst("X-CallQA-Event-Id");
        int status;
        synchronized (this) {
            status = recovers && !failedOnce.add(exchange.getHttpContext().getPath() + eventId) ? 200 : 500;
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("path", exchange.getHttpContext().getPath());
            request.put("eventId", eventId);
            request.put("timestamp", exchange.getRequestHeaders().getFirst("X-CallQA-Timestamp"));
            request.put("signature", exchange.getRequestHeaders().getFirst("X-CallQA-Signature"));
            request.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
            request.put("body", body);
            request.put("answered", status);
            received.add(request);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void log(HttpExchange exchange) throws IOException {
        byte[] json;
        synchronized (this) {
            json = new ObjectMapper().writeValueAsBytes(received);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }
}
