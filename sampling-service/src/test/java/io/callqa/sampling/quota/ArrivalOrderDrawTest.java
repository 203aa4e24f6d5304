package io.callqa.sampling.quota;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.events.CallRecorded;
import io.callqa.sampling.support.Calls;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Random draws do not depend on the order records arrive in. The day's RANDOM_POSTHOC draw counts only the picks
 * every ordering of the stream has made by the time the day completes. A repeat caller's call back that ends after the day's end plus the allowed lateness reaches a live
 * sampler after the draw, so even when a replay has already indexed it, the earlier call stays in the draw (and,
 * drawn, carries both reasons); a call back that ended before then always counts.
 */
@QuarkusTest
@TestProfile(RandomQuotaProfile.class)
@WithTestResource(InfraResource.class)
class ArrivalOrderDrawTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void aPickMadeAfterTheDayCompletedDoesNotTakeACallOutOfThatDaysDraw() {
        Instant midnight = Calls.freshDay();
        LocalDate day = midnight.atZone(Calls.ZONE).toLocalDate();
        // agents new to the center: V = 0, quota 2, the first call drawn in real time, one post-hoc pick left
        String late = Calls.id("a-late");
        String early = Calls.id("a-early");
        String lateCaller = Calls.id("caller");
        String earlyCaller = Calls.id("caller");
        CallRecorded lateFirst = Calls.answered(Calls.id("c"), late, null, at(midnight, 10, 0), 5, 60);
        CallRecorded lateRepeated = Calls.answered(Calls.id("c"), late, lateCaller, at(midnight, 11, 0), 5, 60);
        CallRecorded earlyFirst = Calls.answered(Calls.id("c"), early, null, at(midnight, 10, 0), 5, 60);
        CallRecorded earlyRepeated = Calls.answered(Calls.id("c"), early, earlyCaller, at(midnight, 11, 0), 5, 60);
        // the call backs, answered by others: one ends at 00:25 the next day (after 00:15, the day's end plus the
        // allowed lateness), the other at 23:01 the same day
        CallRecorded lateCallBack = Calls.answered(Calls.id("c"), Calls.id("a-other"), lateCaller,
                at(midnight, 24, 20), 5, 300);
        CallRecorded earlyCallBack = Calls.answered(Calls.id("c"), Calls.id("a-other"), earlyCaller,
                at(midnight, 23, 0), 5, 60);
        List<CallRecorded> calls = List.of(lateFirst, lateRepeated, earlyFirst, earlyRepeated, lateCallBack,
                earlyCallBack);
        calls.forEach(KafkaProbe::publish);
        await().atMost(WAIT).until(() -> calls.stream().allMatch(c -> TestDatabase.count(
                "select count(*) from call where call_id = ?", c.callId()) == 1));
        // both repeat picks are made before the day completes here, as in a replay running ahead of the watermark
        assertEquals(List.of("REPEAT_CALL"), rules(lateRepeated));
        assertEquals(List.of("REPEAT_CALL"), rules(earlyRepeated));

        Calls.advanceTo(at(midnight, 34, 0));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from completed_day where day = cast(? as date)", day.toString()) == 1);

        assertEquals(List.of("RANDOM_REALTIME"), rules(lateFirst));
        assertEquals(List.of("RANDOM_POSTHOC", "REPEAT_CALL"), rules(lateRepeated));
        assertEquals(List.of("RANDOM_REALTIME"), rules(earlyFirst));
        assertEquals(List.of("REPEAT_CALL"), rules(earlyRepeated));
        assertEquals(0, TestDatabase.count("select count(*) from sample_reason where agent_id = ? and rule = "
                + "'RANDOM_POSTHOC' and call_day = cast(? as date)", early, day.toString()));
    }

    @Test
    void aRepeatPickMadeByTheCallsOwnEndTakesItOutOfTheRealtimeDrawEvenWhenTheCallBackArrivesAfterIt() {
        Instant midnight = Calls.freshDay();
        String agent = Calls.id("a-rt");
        String caller = Calls.id("caller");
        // a long call, 10:00–10:30; the caller calls again at 10:05 on another line and hangs up at 10:07, so live
        // the call back's record comes first; here it comes after, as when its partition is read later
        CallRecorded longCall = Calls.answered(Calls.id("c"), agent, caller, at(midnight, 10, 0), 0, 1800);
        CallRecorded next = Calls.answered(Calls.id("c"), agent, null, at(midnight, 10, 40), 5, 60);
        CallRecorded callBack = Calls.answered(Calls.id("c"), Calls.id("a-other"), caller, at(midnight, 10, 5), 5,
                115);
        KafkaProbe.publish(longCall);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                longCall.callId()) == 1);
        KafkaProbe.publish(callBack);
        KafkaProbe.publish(next);
        await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from call where call_id = ?",
                next.callId()) == 1);

        Calls.advanceTo(at(midnight, 11, 30));
        await().atMost(WAIT).until(() -> !rules(next).isEmpty());

        // V = 0: quota 2, one real-time pick, drawn with certainty from the first eligible call
        assertEquals(List.of("REPEAT_CALL"), rules(longCall));
        assertEquals(List.of("RANDOM_REALTIME"), rules(next));
    }

    private static Instant at(Instant midnight, int hours, int minutes) {
        return midnight.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    private static List<String> rules(CallRecorded call) {
        String rules = TestDatabase.text("select coalesce(string_agg(rule, ',' order by rule), '') from sample_reason"
                + " where call_id = ?", call.callId());
        return rules.isEmpty() ? List.of() : List.of(rules.split(","));
    }
}
