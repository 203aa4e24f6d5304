package io.callqa.kit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class OutboxTest {

    @Test
    void eventWrittenWithTheChangeIsPublishedByTheRelay() {
        String callId = "outbox-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.acd("acd")).contentType(ContentType.JSON)
                .body("{\"callId\":\"" + callId + "\",\"text\":\"hello\"}")
                .when().post("/api/v1/notes").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var published = KafkaProbe.events(Topics.CALLS, CallEvent.class, "a-" + callId);
            assertEquals(1, published.size());
        });
        var record = KafkaProbe.recordsMentioning(Topics.CALLS, callId).get(0);
        assertEquals("CallRecorded", KafkaProbe.header(record, "eventType"));
    }

    @Test
    void eventsWrittenTogetherArePublishedInTheirOrder() {
        String callId = "series-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.acd("acd")).contentType(ContentType.JSON)
                .body("{\"callId\":\"" + callId + "\",\"text\":\"three events\"}")
                .when().post("/api/v1/notes/series").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var published = KafkaProbe.events(Topics.CALLS, CallEvent.class, "a-" + callId);
            assertEquals(List.of(callId + "-1", callId + "-2", callId + "-3"),
                    published.stream().map(e -> ((CallRecorded) e).callId()).toList());
        });
    }

    @Test
    void rolledBackChangePublishesNothing() {
        String callId = "rollback-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.acd("acd")).contentType(ContentType.JSON)
                .body("{\"callId\":\"" + callId + "\",\"text\":\"fail\"}")
                .when().post("/api/v1/notes").then().statusCode(409);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
    }

    @Test
    void rolledBackChangeStoresNothing() {
        String callId = "rollback-db-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.acd("acd")).contentType(ContentType.JSON)
                .body("{\"callId\":\"" + callId + "\",\"text\":\"fail\"}")
                .when().post("/api/v1/notes").then().statusCode(409);

        assertEquals(0, TestDatabase.count("select count(*) from note where call_id = ?", callId));
        assertEquals(0, TestDatabase.count("select count(*) from outbox where payload like ?", "%" + callId + "%"));
    }
}
