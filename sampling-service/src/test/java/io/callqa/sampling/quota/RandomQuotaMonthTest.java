package io.callqa.sampling.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.events.EventJson;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.Fixtures;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaBroker;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A month of one agent's calls end to end: last month's 250 answered calls make V = 250, so base 3, quota 3
 * (realtime 1, post-hoc 2); once the month's last day is complete, the month's RANDOM samples are exactly 3, the
 * very picks the draws make, one sample per call. The months are far ahead of the other tests' calls, as the
 * watermark is shared and never moves back.
 */
@QuarkusTest
@TestProfile(RandomQuotaProfile.class)
@WithTestResource(InfraResource.class)
class RandomQuotaMonthTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth PREVIOUS = YearMonth.of(2030, 5);
    private static final YearMonth MONTH = YearMonth.of(2030, 6);

    @Test
    void theMonthsRandomPicksTotalExactlyTheQuotaOnceItsLastDayIsComplete() {
        String agent = "a-" + UUID.randomUUID();
        String team = "t-" + UUID.randomUUID();
        List<CallRecorded> previous = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            previous.add(call(agent, team, PREVIOUS.atDay(10), i * 30));
        }
        List<CallRecorded> month = new ArrayList<>();
        for (int day : new int[] {1, 2, 30}) {
            for (int i = 0; i < 5; i++) {
                month.add(call(agent, team, MONTH.atDay(day), i * 10));
            }
        }
        List<CallRecorded> all = new ArrayList<>(previous);
        all.addAll(month);
        publishAll(all);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where agent_id = ?", agent)
                == all.size());

        // event time on every partition reaching the next morning completes the month's last day
        Calls.advanceTo(MONTH.plusMonths(1).atDay(1).atTime(10, 0).atZone(ZONE).toInstant());
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from completed_day where day = cast(? as date)", MONTH.atEndOfMonth().toString()) == 1);

        JsonPath quota = given().auth().oauth2(TestTokens.qaLead("q")).queryParam("month", MONTH.toString())
                .queryParam("agentId", agent)
                .when().get("/api/v1/quotas")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, quota.getList("$").size());
        assertEquals(agent, quota.getString("[0].agentId"));
        assertEquals(250, quota.getInt("[0].volume"));
        assertEquals(3, quota.getInt("[0].base"));
        assertEquals(3, quota.getInt("[0].quota"));
        assertEquals(1, quota.getInt("[0].realtimeTarget"));
        assertEquals(2, quota.getInt("[0].posthocTarget"));
        assertEquals(15, quota.getInt("[0].callsSoFar"));
        assertEquals(3, quota.getInt("[0].realtimePicks") + quota.getInt("[0].posthocPicks"));

        Set<String> expected = expectedPicks(agent, month);
        assertEquals(3, expected.size());
        Set<String> sampled = new HashSet<>();
        for (CallRecorded call : month) {
            long samples = TestDatabase.count("select count(*) from sample where call_id = ?", call.callId());
            long reasons = TestDatabase.count("select count(*) from sample_reason where call_id = ?", call.callId());
            assertEquals(samples, reasons, "one RANDOM reason per sampled call: " + call.callId());
            if (samples == 1) {
                sampled.add(call.callId());
            }
        }
        assertEquals(expected, sampled);
        assertEquals(3, TestDatabase.count("select count(*) from sample_reason where agent_id = ? and rule like 'RANDOM_%'"
                + " and call_day between cast(? as date) and cast(? as date)", agent, MONTH.atDay(1).toString(),
                MONTH.atEndOfMonth().toString()));

        // last month had no calls before it: V = 0, quota 2, and the first call was drawn in real time
        assertEquals(1, TestDatabase.count("select count(*) from sample_reason where call_id = ? and rule = "
                + "'RANDOM_REALTIME'", previous.get(0).callId()));
        assertEquals(2, TestDatabase.count("select count(*) from sample_reason where agent_id = ? and rule like "
                + "'RANDOM_%' and call_day between cast(? as date) and cast(? as date)", agent,
                PREVIOUS.atDay(1).toString(), PREVIOUS.atEndOfMonth().toString()));
    }

    /** The draws as the regulation makes them: real time in arrival order, then day by day, then the top-up. */
    private static Set<String> expectedPicks(String agent, List<CallRecorded> month) {
        Set<String> picked = new LinkedHashSet<>();
        int realtime = 0;
        for (int i = 0; i < month.size(); i++) {
            String id = month.get(i).callId();
            if (RealtimeDraw.picks(RealtimeDraw.u(id, MONTH), 1 - realtime, RealtimeDraw.expectedRemaining(250, i))) {
                picked.add(id);
                realtime++;
            }
        }
        int posthoc = 0;
        for (LocalDate day = MONTH.atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate d = day;
            List<String> candidates = month.stream()
                    .filter(c -> c.answeredAt().atZone(ZONE).toLocalDate().equals(d))
                    .map(CallRecorded::callId).filter(id -> !picked.contains(id)).toList();
            int count = PosthocDraw.dailyCount(2 - posthoc, MONTH.lengthOfMonth() - day.getDayOfMonth() + 1,
                    candidates.size());
            List<String> chosen = PosthocDraw.choose(candidates, count, agent, day);
            picked.addAll(chosen);
            posthoc += chosen.size();
        }
        int topUp = PosthocDraw.topUp(3, picked.size(), month.size());
        List<String> rest = month.stream().map(CallRecorded::callId).filter(id -> !picked.contains(id)).toList();
        picked.addAll(PosthocDraw.choose(rest, topUp, agent, MONTH.atEndOfMonth()));
        return picked;
    }

    /** An answered call of 60 s at 10:00 local on the day plus {@code minutes}, with its own call id and caller. */
    private static CallRecorded call(String agent, String team, LocalDate day, int minutes) {
        Instant enqueued = day.atTime(10, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(minutes));
        return Fixtures.answeredCall("c-" + UUID.randomUUID(), agent, team, 60, enqueued);
    }

    /** One producer for all, so the agent's calls reach the partition in this order. */
    private static void publishAll(List<CallRecorded> calls) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (CallRecorded call : calls) {
                sent.add(producer.send(new ProducerRecord<>(call.topic(), call.key(), EventJson.write(call))));
            }
            for (var future : sent) {
                future.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the calls", e);
        }
    }
}
