package io.callqa.reporting.bulletin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.AgentUpdated;
import io.callqa.events.ComplaintReceived;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Labels;
import io.callqa.events.EvaluationReleased.Quote;
import io.callqa.events.EvaluationReleased.Text;
import io.callqa.events.SampleSelected;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

/**
 * The bulletin, the complaint summary and the QA team appraisal from published events, through the projections:
 * week 2032-W20 and May 2032 are this class's alone.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ReportsFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    BulletinGenerator generator;

    @Test
    void aComplaintCallsEvaluationReachesTheBulletinTheSummaryAndTheAppraisal() throws Throwable {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String agent = "a-ev-" + s, team = "t-ev-" + s, call = "call-ev-" + s, complaint = "TS-EV-" + s;
        Instant released = Instant.parse("2032-05-14T06:00:00Z");
        UUID evaluation = UUID.randomUUID();
        KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), released, agent, "钱七", team, "sup", null, true));
        KafkaProbe.publish(Fixtures.answeredCall(call, agent, team, 95, Instant.parse("2032-05-14T02:00:00Z")));
        KafkaProbe.publish(new EvaluationReleased(UUID.randomUUID(), released, evaluation, 1, UUID.randomUUID(), call,
                agent, team, "e-1", List.of(new SampleSelected.Reason("COMPLAINT", "complaint " + complaint)),
                "personal-qa", 1, new BigDecimal("82.0"), false, true, new EvaluationReleased.Flags(false, false, true),
                List.of(new ItemResult("B7", "BUSINESS", "DEDUCTION", 20, 2, false, false, "NOT_VERIFIED", "先核实再办理",
                        new Quote(83_000, "您报一下 13812345678 就行"),
                        new Labels(new Text("身份核实", "Identity check"), new Text("业务", "Business"),
                                new Text("未核实", "Not verified")))),
                "核实不到位", released));
        KafkaProbe.publish(new ComplaintReceived(UUID.randomUUID(), released, complaint, call, agent,
                Instant.parse("2032-05-14T03:00:00Z"), "ATTITUDE", ComplaintReceived.Severity.GROUP_LEVEL, "客户投诉"));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from evaluation_item_fact where evaluation_id = ?", evaluation) == 1
                && TestDatabase.count("select count(*) from complaint_fact where complaint_id = ?", complaint) == 1
                && TestDatabase.count("select count(*) from agent_fact where agent_id = ?", agent) == 1
                && TestDatabase.count("select count(*) from caller_call where call_id = ?", call) == 1);

        VertxContextSupport.subscribeAndAwait(() -> generator.generateIfMissing(LocalDate.of(2032, 5, 10)));
        given().auth().oauth2(TestTokens.agent(agent)).when().get("/api/v1/reports/bulletins/2032-W20")
                .then().statusCode(200)
                .body("problems[0].item", equalTo("身份核实"), "problems[0].section", equalTo("业务"),
                        "problems[0].examples[0].quote", equalTo("您报一下 138****5678 就行"),
                        "problems[0].examples[0].at", equalTo("01:23"),
                        "problems[0].handling.standardEn", equalTo("Identity check"),
                        "problems[0].handling.comments", equalTo(List.of("先核实再办理")),
                        "deductions.name", equalTo(List.of("钱七")), "deductions[0].pointsLost", equalTo(18));

        given().auth().oauth2(TestTokens.teamLead(team)).queryParam("date", "2032-05-20")
                .when().get("/api/v1/reports/complaints").then().statusCode(200)
                .body("rows.complaintId", equalTo(List.of(complaint)), "rows[0].agentName", equalTo("钱七"),
                        "rows[0].callDuration", equalTo("01:35"), "rows[0].content", equalTo("客户投诉"),
                        "rows[0].handling.outcome", equalTo("scored 82.0; problem found"),
                        "rows[0].comment", equalTo("核实不到位"));

        given().auth().oauth2(TestTokens.qaLead("q-1")).queryParam("month", "2032-05")
                .when().get("/api/v1/reports/qa-team/appraisal").then().statusCode(200)
                .body("deductions.complaintId", hasItem(complaint));
    }
}
