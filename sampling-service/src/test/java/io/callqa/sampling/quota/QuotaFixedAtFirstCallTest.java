package io.callqa.sampling.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The quota is fixed at the agent's first answered call of the month from the released evaluations of the months
 * before it; real-time draws skip calls a targeted rule took. The months lie before RandomQuotaMonthTest's, so the
 * shared watermark these calls move never passes that test's days.
 */
@QuarkusTest
@TestProfile(RandomQuotaProfile.class)
@WithTestResource(InfraResource.class)
class QuotaFixedAtFirstCallTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void twoPerfectMonthsExemptTheThirdAndRealtimeDrawsSkipATargetedPick() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        for (String day : new String[] {"2030-01-10", "2030-01-11", "2030-01-12", "2030-02-10", "2030-02-11",
                "2030-02-12"}) {
            KafkaProbe.publish(Fixtures.released(agent, team, "100", at(LocalDate.parse(day), 0)));
        }
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from evaluation where agent_id = ?",
                agent) == 6);

        CallRecorded shortCall = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, team, 5,
                at(LocalDate.of(2030, 3, 5), 0));
        CallRecorded first = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, team, 60,
                at(LocalDate.of(2030, 3, 5), 10));
        CallRecorded second = Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, team, 60,
                at(LocalDate.of(2030, 3, 5), 20));
        KafkaProbe.publish(shortCall);
        KafkaProbe.publish(first);
        KafkaProbe.publish(second);
        // real-time draws wait until event time on every partition has reached the call's end
        Calls.advanceTo(at(LocalDate.of(2030, 3, 5), 60));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from agent_month where agent_id = ? and calls_so_far = 3", agent) == 1);

        given().auth().oauth2(TestTokens.agent(agent)).queryParam("month", "2030-03")
                .when().get("/api/v1/quotas")
                .then().statusCode(200)
                .body("size()", equalTo(1), "[0].volume", equalTo(0), "[0].base", equalTo(2),
                        "[0].averageScore", equalTo(100.0f), "[0].evaluations", equalTo(3),
                        "[0].exempt", equalTo(true), "[0].quota", equalTo(5), "[0].realtimeTarget", equalTo(2),
                        "[0].posthocTarget", equalTo(3), "[0].realtimePicks", equalTo(2),
                        "[0].callsSoFar", equalTo(3));
        given().auth().oauth2(TestTokens.agent(agent)).queryParam("month", "2030-02")
                .when().get("/api/v1/quotas")
                .then().statusCode(200).body("size()", equalTo(0));

        // no earlier calls: V = 0, so every eligible call is drawn until the realtime target of 2 is met
        assertEquals(0, TestDatabase.count("select count(*) from sample_reason where call_id = ? and rule like "
                + "'RANDOM_%'", shortCall.callId()));
        assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ? and rule = "
                + "'SHORT_CALL'", shortCall.callId()));
        for (CallRecorded call : new CallRecorded[] {first, second}) {
            assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ? and rule = "
                    + "'RANDOM_REALTIME' and detail like 'random real-time pick _ of 2 for %'", call.callId()));
        }
    }

    private static Instant at(LocalDate day, int minutes) {
        return day.atTime(10, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(minutes));
    }
}
