package io.callqa.ingest.calls;

import static io.callqa.ingest.CallRecords.record;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The same batch posted six times at once: each request runs its own database transaction, exactly as two
 * ingest instances would, and every call is still published once.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ConcurrentDuplicatesTest {

    @Test
    void concurrentRequestsWithTheSameCallsPublishEachCallOnce() {
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> "cc-" + UUID.randomUUID()).toList();
        String batch = ids.stream().map(id -> record(id, "a-cc")).collect(Collectors.joining(",", "[", "]"));

        List<CompletableFuture<Integer>> requests = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().auth().oauth2(TestTokens.acd("acd-1"))
                        .contentType(ContentType.JSON).body(batch).when().post("/api/v1/calls")
                        .then().statusCode(200).extract().path("accepted")))
                .map(f -> f.thenApply(Integer.class::cast)).toList();
        int accepted = requests.stream().mapToInt(CompletableFuture::join).sum();

        assertEquals(ids.size(), accepted);
        for (String id : List.of(ids.get(0), ids.get(25), ids.get(49))) {
            assertEquals(1, KafkaProbe.recordsMentioning(Topics.CALLS, id).size(), id);
        }
    }
}
