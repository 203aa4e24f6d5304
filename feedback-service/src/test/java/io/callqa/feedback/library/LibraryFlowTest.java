package io.callqa.feedback.library;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.ExcellentRecordingApproved;
import io.callqa.events.FeedbackEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.Topics;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(InfraResource.class)
class LibraryFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LEAD = TestTokens.qaLead("q-lib");

    @Inject
    Library library;

    private static String nominationOf(EvaluationReleased e) {
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from nomination where evaluation_id = ?", e.evaluationId()) == 1);
        return TestDatabase.text("select nomination_id::text from nomination where evaluation_id = ?",
                e.evaluationId());
    }

    private static String statusOf(EvaluationReleased e) {
        return TestDatabase.text("select status from nomination where evaluation_id = ?", e.evaluationId());
    }

    /** Waits until the QA file has filed a later evaluation of the same agent (same key, same partition). */
    private static void afterwards(String agent) {
        EvaluationReleased marker = LibraryFixtures.released(agent, "t-1", "80.0", false, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(marker);
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from qa_file_entry where evaluation_id = ?", marker.evaluationId()) == 1);
    }

    private static List<FeedbackEvent> published(String agent) {
        return KafkaProbe.events(Topics.FEEDBACK, FeedbackEvent.class, agent);
    }

    private static String approve(String nominationId) {
        return "/api/v1/library/nominations/" + nominationId + "/approve";
    }

    private static String reject(String nominationId) {
        return "/api/v1/library/nominations/" + nominationId + "/reject";
    }

    @Test
    void theEvaluatorsFlagNominatesOnceDespiteRedelivery() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased e = LibraryFixtures.released(agent, "t-1", "92.0", true, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(e);
        String id = nominationOf(e);
        KafkaProbe.publish(e);
        KafkaProbe.publish(LibraryFixtures.again(e));
        afterwards(agent);

        assertEquals(1, TestDatabase.count("select count(*) from nomination where evaluation_id = ?", e.evaluationId()));
        given().auth().oauth2(TestTokens.evaluator("e-9")).queryParam("status", "PENDING").queryParam("size", 500)
                .when().get("/api/v1/library/nominations").then().statusCode(200)
                .body("nominations.find { it.nominationId == '" + id + "' }.source", equalTo("NOMINATED_BY_EVALUATOR"),
                        "nominations.find { it.nominationId == '" + id + "' }.totalScore", equalTo(92.0f),
                        "nominations.find { it.nominationId == '" + id + "' }.fullMarkItems.size()", equalTo(7));
    }

    @Test
    void aTotalAtTheThresholdNominatesAutomaticallyAndBelowItDoesNot() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased below = LibraryFixtures.released(agent, "t-1", "97.9", false, false,
                LibraryFixtures.fullMarks(false));
        EvaluationReleased at = LibraryFixtures.released(agent, "t-1", "98.0", false, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(below);
        KafkaProbe.publish(at);

        nominationOf(at);
        assertEquals("PENDING", statusOf(at));
        assertEquals("AUTO_SCORE", TestDatabase.text("select source from nomination where evaluation_id = ?",
                at.evaluationId()));
        assertEquals(0, TestDatabase.count("select count(*) from nomination where evaluation_id = ?",
                below.evaluationId()));
    }

    @Test
    void aFailedRedLineIsNeverNominatedEvenWithTheFlag() {
        String agent = "a-" + UUID.randomUUID();
        List<EvaluationReleased.ItemResult> items = LibraryFixtures.fullMarks(false);
        items.set(5, LibraryFixtures.critical("S4", "SERVICE", true));
        EvaluationReleased failed = LibraryFixtures.released(agent, "t-1", "0.0", true, true, items);
        KafkaProbe.publish(failed);
        afterwards(agent);

        assertEquals(0, TestDatabase.count("select count(*) from nomination where evaluation_id = ?",
                failed.evaluationId()));
    }

    @Test
    void aRevisionBelowTheThresholdWithdrawsAPendingNomination() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased e = LibraryFixtures.released(agent, "t-1", "99.0", false, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(e);
        String id = nominationOf(e);

        KafkaProbe.publish(LibraryFixtures.revised(e, "90.0", false, LibraryFixtures.fullMarks(false)));
        await().atMost(WAIT).until(() -> "WITHDRAWN".equals(statusOf(e)));

        assertEquals(2, TestDatabase.count("select evaluation_version from nomination where evaluation_id = ?",
                e.evaluationId()));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when().post(approve(id)).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void approvalAddsTheRecordingWithItsSampleAndPublishesOnce() {
        String agent = "a-" + UUID.randomUUID();
        UUID sampleId = UUID.randomUUID();
        String callId = "call-" + UUID.randomUUID();
        SampleSelected sample = LibraryFixtures.sample(sampleId, callId, agent, "t-2", "q-billing",
                "s3://recordings/" + callId + ".wav", "BILLING_QUERY");
        KafkaProbe.publish(sample);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from sample_ref where sample_id = ?",
                sampleId) == 1);
        EvaluationReleased e = LibraryFixtures.released(sampleId, callId, agent, "t-2", "100.0", true, false,
                LibraryFixtures.fullMarks(true));
        KafkaProbe.publish(e);
        String id = nominationOf(e);

        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"note\":\"耐心倾听的范例\"}")
                .when().post(approve(id)).then().statusCode(200)
                .body("items", equalTo(List.of("B1", "S1", "S2", "C1", "C2", "C3")), "queueId", equalTo("q-billing"),
                        "wrapUpCode", equalTo("BILLING_QUERY"), "recordingUri", equalTo(sample.call().recordingUri()),
                        "bonusPoints", equalTo(2), "approvedBy", equalTo("q-lib"), "teamId", equalTo("t-2"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when().post(approve(id)).then()
                .statusCode(409).body("detail", containsString("APPROVED"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"reason\":\"x\"}").when().post(reject(id))
                .then().statusCode(409);

        await().atMost(WAIT).until(() -> published(agent).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> published(agent).size() == 1);
        ExcellentRecordingApproved approved = (ExcellentRecordingApproved) published(agent).get(0);
        assertEquals(e.evaluationId(), approved.evaluationId());
        assertEquals(callId, approved.callId());
        assertEquals("q-billing", approved.queueId());
        assertEquals("BILLING_QUERY", approved.wrapUpCode());
        assertEquals(sample.call().recordingUri(), approved.recordingUri());
        assertEquals(List.of("B1", "S1", "S2", "C1", "C2", "C3"), approved.items());
        assertEquals(new BigDecimal("100.0"), approved.totalScore());
        assertEquals(2, approved.bonusPoints());
        assertEquals(1, TestDatabase.count("select count(*) from library_entry where recording_id = ?",
                approved.recordingId()));
        given().auth().oauth2(TestTokens.evaluator("e-9")).queryParam("status", "APPROVED").queryParam("size", 500)
                .when().get("/api/v1/library/nominations").then().statusCode(200)
                .body("nominations.find { it.nominationId == '" + id + "' }.decidedBy", equalTo("q-lib"));
    }

    @Test
    void badItemsAreNamedAndLeaveNothingStoredOrPublished() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased e = LibraryFixtures.released(agent, "t-1", "99.0", false, false,
                LibraryFixtures.fullMarks(true));
        KafkaProbe.publish(e);
        String id = nominationOf(e);

        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"items\":[\"S1\",\"Z9\",\"B2\"]}")
                .when().post(approve(id)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("items[1]"), "errors[1].field", equalTo("items[2]"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"items\":\"S1\"}")
                .when().post(approve(id)).then().statusCode(400).body("errors[0].field", equalTo("items"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when().post(reject(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"reason\":\"  \"}").when().post(reject(id))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));

        assertEquals("PENDING", statusOf(e));
        assertEquals(0, TestDatabase.count("select count(*) from library_entry where evaluation_id = ?",
                e.evaluationId()));
        assertEquals(0, TestDatabase.count("select count(*) from outbox where message_key = ?", agent));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> published(agent).isEmpty());
    }

    @Test
    void rejectionNeedsAReasonAndDecidesOnce() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased e = LibraryFixtures.released(agent, "t-1", "85.0", true, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(e);
        String id = nominationOf(e);

        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"reason\":\"录音有杂音\"}")
                .when().post(reject(id)).then().statusCode(200)
                .body("status", equalTo("REJECTED"), "decisionNote", equalTo("录音有杂音"), "decidedBy", equalTo("q-lib"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .when().post(reject(id)).then().statusCode(409).body("detail", containsString("REJECTED"));
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when().post(approve(id)).then()
                .statusCode(409);
        assertEquals(0, published(agent).size());
    }

    @Test
    void anUnknownSampleLeavesTheRecordingReferenceEmpty() {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased e = LibraryFixtures.released(agent, "t-1", "98.5", false, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(e);
        String id = nominationOf(e);

        given().auth().oauth2(TestTokens.admin("adm")).contentType(ContentType.JSON).body("{\"items\":[\"C2\"]}")
                .when().post(approve(id)).then().statusCode(200)
                .body("items", equalTo(List.of("C2")), "recordingUri", nullValue(), "queueId", nullValue(),
                        "note", nullValue());
        await().atMost(WAIT).until(() -> published(agent).size() == 1);
        assertNull(((ExcellentRecordingApproved) published(agent).get(0)).recordingUri());
    }

    @Test
    void theLibraryIsSearchedByItemAndText() {
        String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased listening = LibraryFixtures.released(agent, "t-1", "99.0", false, false,
                LibraryFixtures.fullMarks(false));
        EvaluationReleased greeting = LibraryFixtures.released(agent, "t-1", "99.5", false, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(listening);
        KafkaProbe.publish(greeting);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body("{\"items\":[\"C2\"],\"note\":\"Patient listening " + token + "\"}")
                .when().post(approve(nominationOf(listening))).then().statusCode(200);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON)
                .body("{\"items\":[\"S1\"],\"note\":\"Warm greeting " + token + "\"}")
                .when().post(approve(nominationOf(greeting))).then().statusCode(200);

        given().auth().oauth2(TestTokens.agent("a-other")).queryParam("q", token.toUpperCase()).when()
                .get("/api/v1/library").then().statusCode(200)
                .body("total", equalTo(2), "entries[0].evaluationId", equalTo(greeting.evaluationId().toString()));
        given().auth().oauth2(TestTokens.teamLead("t-9")).queryParam("q", token).queryParam("item", "C2").when()
                .get("/api/v1/library").then().statusCode(200)
                .body("total", equalTo(1), "entries[0].items", equalTo(List.of("C2")));
        given().auth().oauth2(TestTokens.evaluator("e-9")).queryParam("q", "WARM GREETING " + token).when()
                .get("/api/v1/library").then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.evaluator("e-9")).queryParam("q", token).queryParam("item", "C")
                .when().get("/api/v1/library").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.evaluator("e-9")).queryParam("q", token + "%").when()
                .get("/api/v1/library").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.evaluator("e-9")).queryParam("q", token).queryParam("size", 1)
                .queryParam("page", 1).when().get("/api/v1/library").then().statusCode(200)
                .body("total", equalTo(2), "entries.size()", equalTo(1),
                        "entries[0].evaluationId", equalTo(listening.evaluationId().toString()));
    }

    @Test
    void theAgentsFileGetsTheirRecordingsAndBonusPoints() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        EvaluationReleased first = LibraryFixtures.released(agent, "t-1", "99.0", false, false,
                LibraryFixtures.fullMarks(false));
        EvaluationReleased second = LibraryFixtures.released(agent, "t-1", "100.0", false, false,
                LibraryFixtures.fullMarks(false));
        KafkaProbe.publish(first);
        KafkaProbe.publish(second);
        for (EvaluationReleased e : List.of(first, second)) {
            given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when().post(approve(nominationOf(e)))
                    .then().statusCode(200);
        }

        Library.AgentRecordings recordings = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> library.forAgent(agent)));

        assertEquals(4, recordings.bonusPoints());
        assertEquals(List.of(second.evaluationId(), first.evaluationId()),
                recordings.recordings().stream().map(LibraryEntryView::evaluationId).toList());
        assertEquals(0, VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> library.forAgent("a-nobody"))).bonusPoints());
    }

    @Test
    void onlyQaLeadsAndAdminsDecideAndTheLibraryIsForStaff() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.agent("a-1")).contentType(ContentType.JSON).body("{}").when()
                .post(approve(id)).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.evaluator("e-1")).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .when().post(reject(id)).then().statusCode(403);
        given().auth().oauth2(TestTokens.agent("a-1")).when().get("/api/v1/library/nominations").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.acd("acd")).when().get("/api/v1/library").then().statusCode(403);
        given().when().get("/api/v1/library").then().statusCode(401);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{}").when().post(approve(id)).then()
                .statusCode(404);
        given().auth().oauth2(LEAD).contentType(ContentType.JSON).body("{\"reason\":\"x\"}").when().post(reject(id))
                .then().statusCode(404);
        given().auth().oauth2(LEAD).queryParam("status", "MAYBE").when().get("/api/v1/library/nominations").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(LEAD).queryParam("size", 0).when().get("/api/v1/library").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
