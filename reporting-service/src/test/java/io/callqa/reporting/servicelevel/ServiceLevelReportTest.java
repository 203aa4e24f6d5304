package io.callqa.reporting.servicelevel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The grid over interval_fact and call_day as the projections leave them (rows written here directly). */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ServiceLevelReportTest {

    private static final String PATH = "/api/v1/reports/service-level";
    private static final LocalDate D1 = LocalDate.of(2033, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2033, 1, 11);

    private final String queue = "q-" + UUID.randomUUID();

    /** An interval of the queue starting at {@code start} (UTC; Asia/Shanghai is 8 hours ahead). */
    private void interval(String start, int minutes, LocalDate day, int offered, int within, int abandoned,
            String level, String verdict) {
        Instant at = Instant.parse(start);
        TestDatabase.execute("""
                insert into interval_fact (scope, queue_id, start_at, end_at, length_minutes, day, offered,
                  answered_within, abandoned, service_level, target, verdict, watermark)
                values ('QUEUE', ?, ?::timestamptz, ?::timestamptz, ?, ?::date, ?, ?, ?, ?::numeric, 0.8, ?, now())""",
                queue, at.toString(), at.plusSeconds(minutes * 60L).toString(), minutes, day.toString(), offered,
                within, abandoned, level, verdict);
    }

    private void callDay(LocalDate day, String queueId, int offered, int answered, int abandoned, int wait) {
        TestDatabase.execute("""
                insert into call_day (day, agent_id, team_id, queue_id, calls, offered, answered, abandoned,
                  answered_within, wait_seconds)
                values (?::date, ?, 't-sl', ?, ?, ?, ?, ?, 0, ?)""",
                day.toString(), "a-" + UUID.randomUUID(), queueId, offered, offered, answered, abandoned, wait);
    }

    @BeforeEach
    void intervals() {
        interval("2033-01-10T01:00:00Z", 30, D1, 10, 9, 0, "0.9000", "MET");
        interval("2033-01-10T01:30:00Z", 30, D1, 4, 2, 1, "0.5000", "MISSED");
        interval("2033-01-11T01:30:00Z", 30, D2, 5, 5, 0, "1.0000", "MET");
        interval("2033-01-11T02:00:00Z", 30, D2, 0, 0, 0, null, "NONE");
        interval("2033-01-10T02:00:00Z", 15, D1, 1, 0, 1, "0.0000", "MISSED");
        callDay(D1, queue, 10, 8, 1, 120);
        callDay(D1, queue, 4, 4, 0, 60);
        callDay(D1, "q-other-" + UUID.randomUUID(), 100, 50, 50, 9_000);
    }

    @AfterEach
    void removeRows() {
        TestDatabase.execute("delete from interval_fact where queue_id = ?", queue);
        TestDatabase.execute("delete from call_day where team_id = 't-sl'");
    }

    @Test
    void gridOfTheMostCommonLengthWithMissedIntervalsAnswerSpeedAndAbandonRate() {
        given().auth().oauth2(TestTokens.teamLead("t-any"))
                .queryParam("from", "2033-01-10").queryParam("to", "2033-01-12").queryParam("queueId", queue)
                .when().get(PATH)
                .then().statusCode(200)
                .body("scope", equalTo("queue"), "queueId", equalTo(queue), "lengthMinutes", equalTo(30),
                        "intervals", contains("09:00", "09:30", "10:00"),
                        "days.day", contains("2033-01-10", "2033-01-11", "2033-01-12"),
                        "days[0].serviceLevels", contains(0.9f, 0.5f, null),
                        "days[0].missed", contains("09:30"),
                        "days[0].totals.offered", equalTo(14), "days[0].totals.answeredWithin", equalTo(11),
                        "days[0].totals.abandoned", equalTo(1), "days[0].totals.serviceLevel", equalTo(0.7857f),
                        "days[0].totals.missedIntervals", equalTo(1),
                        "days[0].totals.answerSpeedSeconds", equalTo(15.0f),
                        "days[0].totals.abandonRate", equalTo(0.0714f),
                        "days[1].serviceLevels", contains(null, 1.0f, null),
                        "days[1].totals.answerSpeedSeconds", nullValue(),
                        "days[2].totals.serviceLevel", nullValue(),
                        "total.offered", equalTo(19), "total.serviceLevel", equalTo(0.8421f),
                        "total.missedIntervals", equalTo(1));
    }

    @Test
    void anotherLengthWhenAsked() {
        given().auth().oauth2(TestTokens.qaLead("q-1"))
                .queryParam("from", "2033-01-10").queryParam("to", "2033-01-10").queryParam("queueId", queue)
                .queryParam("lengthMinutes", "15")
                .when().get(PATH)
                .then().statusCode(200)
                .body("lengthMinutes", equalTo(15), "intervals", contains("10:00"),
                        "days[0].serviceLevels", contains(0.0f), "days[0].missed", contains("10:00"));
    }

    @Test
    void csvHasOneRowPerDayAndOneColumnPerInterval() {
        String csv = given().auth().oauth2(TestTokens.evaluator("e-1"))
                .queryParam("from", "2033-01-10").queryParam("to", "2033-01-11").queryParam("queueId", queue)
                .queryParam("format", "csv")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();

        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("day,offered,answered_within,abandoned,"
                + "service_level,missed_intervals,answer_speed_seconds,abandon_rate,09:00,09:30,10:00\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(
                csv.contains("2033-01-10,14,11,1,0.7857,1,15.0,0.0714,0.9000,0.5000,\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("total,19,16,1,0.8421,1,15.0,0.0714,,,\r\n"), csv);
    }

    @Test
    void htmlDrawsTheGridWithTheMissedIntervalMarked() {
        given().auth().oauth2(TestTokens.admin("ad-1"))
                .queryParam("week", "2033-W02").queryParam("queueId", queue).queryParam("format", "html")
                .when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString("cell missed"), containsString("09:30"));
    }

    @Test
    void badParametersAreNamed() {
        String token = TestTokens.qaLead("q-1");
        expect400(token, "to", "from", "2033-01-01", "to", "2033-02-01");
        expect400(token, "period", "scope", "center");
        expect400(token, "scope", "month", "2033-01", "scope", "team");
        expect400(token, "queueId", "month", "2033-01", "scope", "queue");
        expect400(token, "queueId", "month", "2033-01", "scope", "center", "queueId", queue);
        expect400(token, "lengthMinutes", "month", "2033-01", "lengthMinutes", "half");
        expect400(token, "format", "month", "2033-01", "format", "xml");
        expect400(token, "month", "month", "2033-13");
    }

    private static void expect400(String token, String field, String... params) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        request.when().get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void agentsAndAnonymousCallersAreTurnedAway() {
        given().auth().oauth2(TestTokens.agent("a-1")).queryParam("month", "2033-01").when().get(PATH)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.acd("acd")).queryParam("month", "2033-01").when().get(PATH)
                .then().statusCode(403);
        given().queryParam("month", "2033-01").when().get(PATH).then().statusCode(401);
    }
}
