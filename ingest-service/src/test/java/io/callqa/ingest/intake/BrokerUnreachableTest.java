package io.callqa.ingest.intake;

import static io.callqa.ingest.CallRecords.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Ingest whose publisher points at a port where no broker listens: a bounded 503, never a false success. */
@QuarkusTest
@WithTestResource(InfraResource.class)
@TestProfile(BrokerUnreachableTest.DeadBroker.class)
class BrokerUnreachableTest {

    public static class DeadBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qa.ingest.publish.bootstrap-servers", "localhost:1", "qa.ingest.publish.timeout", "4s");
        }
    }

    @Test
    void answers503WithRetryAfterWithinTenSecondsAndKeepsNoClaim() {
        String callId = "u-" + UUID.randomUUID();
        Instant start = Instant.now();

        given().auth().oauth2(TestTokens.acd("acd-1")).contentType(ContentType.JSON).body("[" + record(callId, "a-1") + "]")
                .when().post("/api/v1/calls")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("none of this request is reported accepted"));

        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10);
        assertEquals(0, TestDatabase.count("select count(*) from accepted_record where id = ?", callId));
    }
}
