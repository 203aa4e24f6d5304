package io.callqa.reporting.scorecards;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.callqa.events.AgentUpdated;
import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Labels;
import io.callqa.events.EvaluationReleased.Text;
import io.callqa.events.SampleSelected;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;

/** Released evaluations with items that lost points, published and waited for until the read models hold them. */
public final class Released {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Released() {
    }

    /** An item that lost {@code lost} of 10 points, labelled (null labels: an event from before labels). */
    public static ItemResult lost(String itemId, int lost, String zh, String en) {
        Labels labels = zh == null && en == null ? null
                : new Labels(new Text(zh, en), new Text("服务", "Service"), null);
        return new ItemResult(itemId, "S", "DEDUCTION", 10, 10 - lost, false, false,
                null, null, null, labels);
    }

    /** Released at 10:00 center time on {@code day}, so its center day is {@code day}. */
    public static EvaluationReleased on(LocalDate day, String agent, String team, String total, boolean critical,
            ItemResult... items) {
        var at = day.atTime(2, 0).toInstant(ZoneOffset.UTC);
        BigDecimal score = new BigDecimal(total);
        return new EvaluationReleased(UUID.randomUUID(), at, UUID.randomUUID(), 1, UUID.randomUUID(),
                "call-" + UUID.randomUUID(), agent, team, "e-1",
                List.of(new SampleSelected.Reason("RANDOM_POSTHOC", "monthly quota")), "personal-qa", 1, score,
                critical, false, new EvaluationReleased.Flags(false, false, false), List.of(items), "ok", at);
    }

    /** The next version of an evaluation (a revision), released an hour later, same day. */
    public static EvaluationReleased revised(EvaluationReleased e, String total, ItemResult... items) {
        var at = e.releasedAt().plusSeconds(3600);
        return new EvaluationReleased(UUID.randomUUID(), at, e.evaluationId(), e.version() + 1, e.sampleId(),
                e.callId(), e.agentId(), e.teamId(), e.evaluatorId(), e.reasons(), e.scorecardId(),
                e.scorecardVersion(), new BigDecimal(total), e.criticalFailed(), e.problemFound(), e.flags(),
                List.of(items), e.comment(), at);
    }

    /** Publishes in order and waits until each version is recorded and the newest is the latest. */
    public static void publishAndWait(EvaluationReleased... evaluations) {
        for (EvaluationReleased e : evaluations) {
            KafkaProbe.publish(e);
        }
        for (EvaluationReleased e : evaluations) {
            await().atMost(WAIT).until(() -> TestDatabase.count("select count(*) from evaluation_fact "
                    + "where evaluation_id = ? and version >= ? and latest", e.evaluationId(), e.version()) == 1);
        }
    }

    /** An agent on the roster of {@code team}, waited for. */
    public static void onRoster(String agent, String team) {
        KafkaProbe.publish(new AgentUpdated(UUID.randomUUID(), java.time.Instant.now(), agent, "Name " + agent, team,
                null, LocalDate.of(2030, 1, 1), true));
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from agent_fact where agent_id = ? and team_id = ?", agent, team) == 1);
    }

    /** An HTML page with an inline SVG chart ({@code <svg ... class="chart ...">}). */
    public static org.hamcrest.Matcher<String> chart() {
        return org.hamcrest.Matchers.matchesPattern("(?s).*<svg[^>]* class=\"chart [^\"]*\".*</svg>.*");
    }

    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
