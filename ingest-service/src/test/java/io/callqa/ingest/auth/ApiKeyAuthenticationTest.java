package io.callqa.ingest.auth;

import static io.callqa.ingest.CallRecords.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class ApiKeyAuthenticationTest {

    /** The local stack's key, configured as a hash in application.properties. */
    static final String KEY = "local-development-only-acd-key";

    @Test
    void aConfiguredKeyInXApiKeyIsAnAcd() {
        String callId = "k-" + UUID.randomUUID();

        given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body(record(callId, "a-1"))
                .when().post("/api/v1/calls")
                .then().statusCode(202).body("callId", equalTo(callId));
    }

    @Test
    void basicAuthPasswordIsTheKey() {
        given().auth().preemptive().basic("freeswitch", KEY).contentType(ContentType.JSON)
                .body(record("k-" + UUID.randomUUID(), "a-1"))
                .when().post("/api/v1/calls")
                .then().statusCode(202);
    }

    @Test
    void aWrongKeyIsRefusedCountedAndNeverEchoed() {
        String callId = "k-" + UUID.randomUUID();
        double before = failures();

        String body = given().header("X-Api-Key", "wrong-key-123").contentType(ContentType.JSON)
                .body(record(callId, "a-1"))
                .when().post("/api/v1/calls")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("API key is not valid"))
                .extract().asString();

        assertFalse(body.contains("wrong-key-123"));
        assertTrue(KafkaProbe.recordsMentioning(Topics.CALLS, callId).isEmpty());
        assertEquals(before + 1, failures());
    }

    @Test
    void aKeyDoesNotOpenEndpointsOfOtherRoles() {
        given().header("X-Api-Key", KEY).when().get("/q/health/ready").then().statusCode(200);
    }

    private static double failures() {
        String metrics = given().when().get("/q/metrics").then().extract().asString();
        return metrics.lines().filter(l -> l.startsWith("qa_ingest_auth_failures_total{transport=\"x-api-key\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
