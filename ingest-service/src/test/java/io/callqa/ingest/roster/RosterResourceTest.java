package io.callqa.ingest.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AgentUpdated;
import io.callqa.events.RosterEvent;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(InfraResource.class)
class RosterResourceTest {

    @Test
    void validEntriesArePublishedKeyedByAgentAndInvalidOnesNamed() {
        String agent = "A" + UUID.randomUUID().toString().substring(0, 8);
        String other = "B" + UUID.randomUUID().toString().substring(0, 8);

        given().auth().oauth2(TestTokens.acd("hr")).contentType(ContentType.JSON).body("""
                [{"agentId":"%s","name":"张三","teamId":"T01","supervisorId":"S01","hireDate":"2026-11-01"},
                 {"agentId":"%s","name":"","teamId":"T01","hireDate":"01/11/2026","active":"yes"}]
                """.formatted(agent, other))
                .when().post("/api/v1/agents")
                .then().statusCode(200)
                .body("accepted", equalTo(1), "rejected", hasSize(1), "rejected[0].index", equalTo(1),
                        "rejected[0].agentId", equalTo(other),
                        "rejected[0].errors.field", hasItems("name", "hireDate", "active"));

        AgentUpdated published = (AgentUpdated) KafkaProbe.events(Topics.ROSTER, RosterEvent.class, agent).get(0);
        assertEquals(LocalDate.parse("2026-11-01"), published.hireDate());
        assertTrue(published.active());
        assertEquals("T01", published.teamId());
        assertTrue(KafkaProbe.recordsMentioning(Topics.ROSTER, other).isEmpty());
    }

    @Test
    void agentsMayNotUploadTheRoster() {
        given().auth().oauth2(TestTokens.agent("a-1")).contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/agents")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
