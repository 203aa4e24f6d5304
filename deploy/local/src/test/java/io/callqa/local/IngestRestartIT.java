package io.callqa.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;

/**
 * Ingest's deduplication window lives in its database, not in its memory: a call published before a restart of
 * the whole stack (ingest, Kafka, PostgreSQL on the same data directory) is a duplicate after it. Also checks the
 * local API key the launcher gives ingest.
 */
class IngestRestartIT {

    @TempDir
    static Path data;

    @Test
    void aCallPublishedBeforeARestartIsADuplicateAfterIt() {
        String callId = "restart-" + UUID.randomUUID();
        String body = "[" + call(callId) + "]";

        try (LocalStack stack = start()) {
            post(stack, body).then().statusCode(200).body("accepted", equalTo(1), "duplicates", equalTo(0));
        }
        try (LocalStack stack = start()) {
            post(stack, body).then().statusCode(200).body("accepted", equalTo(0), "duplicates", equalTo(1));
        }
    }

    private static LocalStack start() {
        return LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(data).withServices("ingest"));
    }

    private static io.restassured.response.Response post(LocalStack stack, String body) {
        return given().header("X-Api-Key", Service.LOCAL_API_KEY).contentType(ContentType.JSON).body(body)
                .when().post(stack.serviceUrl("ingest") + "/api/v1/calls");
    }

    private static String call(String callId) {
        Instant end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"callId":"%s","queueId":"q-1","agentId":"a-1","enqueuedAt":"%s","answeredAt":"%s","endedAt":"%s"}
                """.formatted(callId, end.minusSeconds(200), end.minusSeconds(180), end);
    }
}
