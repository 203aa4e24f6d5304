package io.callqa.reporting.render;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callqa.events.EvaluationReleased;
import io.callqa.events.EvaluationReleased.ItemResult;
import io.callqa.events.EvaluationReleased.Labels;
import io.callqa.events.EvaluationReleased.Quote;
import io.callqa.events.EvaluationReleased.Text;
import io.callqa.events.IntervalClosed;
import io.callqa.events.IntervalEvent;
import io.callqa.events.SampleSelected;
import io.callqa.testkit.InfraResource;
import io.callqa.testkit.KafkaProbe;
import io.callqa.testkit.TestDatabase;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The browser check of the issue: the weekly bulletin, the Pareto and the service-level grid, served by the
 * running service from published events, drawn by a real headless Chromium. Each page's screenshot is kept under
 * {@code target/browser-check/} and must show colour, and the DOM after rendering must hold the charts and their
 * labels. Week 2013-W11 is this class's alone. Skipped, saying how to install it, where there is no Chromium.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ReportsInBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant MONDAY = Instant.parse("2013-03-11T00:00:00Z"); // 08:00 in Asia/Shanghai

    private static boolean published;
    private static String team;
    private static String queue;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private Chromium chromium;

    @BeforeEach
    void eventsOfTheWeek() {
        chromium = Chromium.require();
        if (!published) {
            publishWeek();
            published = true;
        }
    }

    @Test
    void theBulletinIsDrawnWithItsChartAndTheProblemsHeard() throws Exception {
        given().auth().oauth2(TestTokens.qaLead("q-browser")).when()
                .post("/api/v1/reports/bulletins/2013-W11/regenerate").then().statusCode(200);

        String dom = draw("/api/v1/reports/bulletins/2013-W11?format=html", "bulletin.png");
        assertTrue(dom.contains("class=\"chart chart-bars\""), dom);
        assertTrue(dom.contains("身份核实"), "the most-deducted item's standard");
        assertTrue(dom.contains("138****5678"), "the quoted moment, with the number masked");
        assertTrue(!dom.contains("13812345678"), "never the number in clear");
        assertTrue(count(dom, "class=\"bar") >= 2, "a bar per item");
    }

    @Test
    void theParetoIsDrawnWithItsCumulativeLine() throws Exception {
        String dom = draw("/api/v1/reports/pareto?scope=team&teamId=" + team + "&week=2013-W11&format=html",
                "pareto.png");
        assertTrue(dom.contains("class=\"chart chart-pareto\""), dom);
        assertTrue(dom.contains("class=\"cumulative\""), "the cumulative share");
        assertTrue(dom.contains("身份核实") && dom.contains("礼貌用语"), "both items labelled");
        assertEquals(2, count(dom, "<rect class=\"bar"), "one bar per item");
    }

    @Test
    void theServiceLevelGridIsDrawnWithTheMissedIntervalMarked() throws Exception {
        String dom = draw("/api/v1/reports/service-level?scope=queue&queueId=" + queue
                + "&week=2013-W11&format=html", "service-level.png");
        assertTrue(dom.contains("class=\"chart chart-grid\""), dom);
        assertEquals(1, count(dom, "class=\"cell missed\""), "the one missed interval");
        assertTrue(dom.contains("09:00") && dom.contains("2013-03-11"), "intervals and days labelled");
    }

    private String draw(String path, String screenshot) throws Exception {
        URI page = Chromium.fetch(URI.create("http://localhost:" + port + path), TestTokens.qaLead("q-browser"));
        Screenshot shot = chromium.screenshot(page, Chromium.keep(screenshot));
        assertTrue(shot.bytes() > 10_000, "a drawn page: " + shot.bytes() + " bytes");
        assertTrue(shot.distinctColours() > 20, "colour on the page: " + shot.distinctColours());
        return chromium.dumpDom(page);
    }

    private static void publishWeek() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        team = "t-browser-" + u;
        queue = "q-browser-" + u;
        List<UUID> evaluations = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < evaluations.size(); i++) {
            Instant released = MONDAY.plusSeconds(86400L * (i + 1) + 3600);
            KafkaProbe.publish(new EvaluationReleased(UUID.randomUUID(), released, evaluations.get(i), 1,
                    UUID.randomUUID(), "call-browser-" + u + "-" + i, "a-browser-" + u + "-" + i, team, "e-browser",
                    List.of(new SampleSelected.Reason("RANDOM_POSTHOC", "monthly quota")), "personal-qa", 1,
                    new BigDecimal("85.0"), false, false, new EvaluationReleased.Flags(false, false, false),
                    List.of(new ItemResult("B7", "BUSINESS", "DEDUCTION", 20, 10, false, false, "NOT_VERIFIED",
                                    "先核实再办理", new Quote(83_000, "您报一下 13812345678 就行"),
                                    new Labels(new Text("身份核实", "Identity check"), new Text("业务", "Business"),
                                            new Text("未核实", "Not verified"))),
                            new ItemResult("S2", "SERVICE", "DEDUCTION", 10, 5, false, false, "NO_COURTESY", null, null,
                                    new Labels(new Text("礼貌用语", "Courtesy"), new Text("服务", "Service"), null))),
                    "核实不到位", released));
        }
        for (int i = 0; i < 4; i++) {
            Instant start = MONDAY.plusSeconds(1800L * (2 + i)); // 09:00 .. 10:30 center time
            boolean missed = i == 1;
            KafkaProbe.publish(new IntervalClosed(UUID.randomUUID(), start.plusSeconds(3600),
                    IntervalEvent.Scope.QUEUE, queue, start, start.plusSeconds(1800), 30,
                    new IntervalEvent.Figures(10, missed ? 6 : 9, missed ? 2 : 0,
                            new BigDecimal(missed ? "0.6000" : "0.9000"), new BigDecimal("0.8"),
                            missed ? IntervalEvent.Verdict.MISSED : IntervalEvent.Verdict.MET),
                    start.plusSeconds(3600)));
        }
        await().atMost(WAIT).until(() -> TestDatabase.count(
                "select count(*) from evaluation_item_fact where team_id = ?", team) == 6
                && TestDatabase.count("select count(*) from interval_fact where queue_id = ?", queue) == 4);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
