package io.callqa.sampling.intervals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/intervals over rows of service_interval in a day no other test uses (2099-03-10: far ahead of the watermark, so open rows stay open). */
@QuarkusTest
@WithTestResource(InfraResource.class)
class IntervalResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Instant H1 = Instant.parse("2099-03-10T01:00:00Z");
    private static final Instant H1_30 = Instant.parse("2099-03-10T01:30:00Z");
    private static final Instant H2 = Instant.parse("2099-03-10T02:00:00Z");
    private static final Instant H2_30 = Instant.parse("2099-03-10T02:30:00Z");
    private static final Instant H3 = Instant.parse("2099-03-10T03:00:00Z");

    @BeforeEach
    void rows() {
        TestDatabase.execute("delete from service_interval where start_at >= ? and start_at < ?",
                ts(H1.minusSeconds(86_400)), ts(H1.plusSeconds(86_400)));
        insert("CENTER", null, H1, 10, 7, 1, "MISSED", H2);
        insert("q-x", "q-x", H1, 3, 2, 0, "MISSED", H2);
        insert("CENTER", null, H1_30, 3, 3, 0, null, null);
        insert("CENTER", null, H2, 0, 0, 0, null, null);
        insert("CENTER", null, H2_30, 0, 0, 2, "NONE", H3);
        insert("CENTER", null, H3, 5, 5, 0, null, null);
    }

    @Test
    void intervalsStartingInTheRangeWithTheirServiceLevel() {
        given().auth().oauth2(TestTokens.teamLead("t-1"))
                .queryParam("from", "2099-03-10T09:00:00+08:00").queryParam("to", H3.toString())
                .when().get("/api/v1/intervals")
                .then().statusCode(200)
                .body("size()", equalTo(5),
                        "start", contains(H1.toString(), H1.toString(), H1_30.toString(), H2.toString(),
                                H2_30.toString()),
                        "[0].scope", equalTo("CENTER"), "[0].queueId", nullValue(),
                        "[0].end", equalTo(H1_30.toString()), "[0].lengthMinutes", equalTo(30),
                        "[0].offered", equalTo(10), "[0].answeredWithin", equalTo(7), "[0].abandoned", equalTo(1),
                        "[0].serviceLevel", equalTo(0.7f), "[0].verdict", equalTo("MISSED"),
                        "[0].closed", equalTo(true),
                        "[1].scope", equalTo("QUEUE"), "[1].queueId", equalTo("q-x"),
                        "[1].serviceLevel", equalTo(0.6667f),
                        "[2].serviceLevel", equalTo(1.0f), "[2].verdict", nullValue(), "[2].closed", equalTo(false),
                        "[3].offered", equalTo(0), "[3].serviceLevel", nullValue(), "[3].verdict", nullValue(),
                        "[4].serviceLevel", nullValue(), "[4].verdict", equalTo("NONE"),
                        "[4].abandoned", equalTo(2), "[4].closed", equalTo(true));
    }

    @Test
    void oneQueueAndEveryStaffRoleAndAgents() {
        given().auth().oauth2(TestTokens.evaluator("e")).queryParam("from", H1.toString())
                .queryParam("to", H2.toString()).queryParam("queueId", "q-x")
                .when().get("/api/v1/intervals")
                .then().statusCode(200).body("queueId", contains("q-x"), "[0].offered", equalTo(3));
        for (String token : List.of(TestTokens.qaLead("q"), TestTokens.admin("ad"), TestTokens.agent("a-1"))) {
            given().auth().oauth2(token).queryParam("from", H1.toString()).queryParam("to", H1_30.toString())
                    .when().get("/api/v1/intervals").then().statusCode(200).body("size()", equalTo(2));
        }
        given().auth().oauth2(TestTokens.acd("acd")).queryParam("from", H1.toString()).queryParam("to", H2.toString())
                .when().get("/api/v1/intervals").then().statusCode(403).contentType(PROBLEM);
        given().queryParam("from", H1.toString()).queryParam("to", H2.toString())
                .when().get("/api/v1/intervals").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void badRangesAreRejectedNamingTheParameter() {
        String token = TestTokens.qaLead("q");
        List<String[]> cases = List.of(
                new String[] {null, H2.toString(), "from"},
                new String[] {H1.toString(), null, "to"},
                new String[] {"yesterday", H2.toString(), "from"},
                new String[] {H1.toString(), "2099-03-11", "to"},
                new String[] {H1.toString(), H1.toString(), "to"},
                new String[] {H2.toString(), H1.toString(), "to"},
                new String[] {"2099-01-01T00:00:00Z", "2099-04-03T00:00:01Z", "to"});
        for (String[] c : cases) {
            var request = given().auth().oauth2(token);
            if (c[0] != null) {
                request.queryParam("from", c[0]);
            }
            if (c[1] != null) {
                request.queryParam("to", c[1]);
            }
            request.when().get("/api/v1/intervals")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(c[2]));
        }
        given().auth().oauth2(token).queryParam("from", "2099-01-01T00:00:00Z")
                .queryParam("to", "2099-04-03T00:00:00Z")
                .when().get("/api/v1/intervals").then().statusCode(200);
    }

    private static void insert(String scopeKey, String queueId, Instant start, int offered, int within,
            int abandoned, String verdict, Instant closedAt) {
        TestDatabase.execute("insert into service_interval (scope_key, queue_id, start_at, end_at, length_minutes, "
                + "offered, answered_within, abandoned, verdict, closed_at) values (?, ?, ?, ?, 30, ?, ?, ?, ?, ?)",
                scopeKey, queueId, ts(start), ts(start.plusSeconds(1800)), offered, within, abandoned, verdict,
                closedAt == null ? null : ts(closedAt));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
