package io.callqa.feedback.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(InfraResource.class)
class AlertStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofSeconds(2);

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Test
    void resumingFromLastEventIdDeliversExactlyTheMissedAlertsInOrder() throws Exception {
        String team = "t-" + UUID.randomUUID();
        String lead = TestTokens.teamLead(team);
        long first;
        try (SseClient client = new SseClient(stream, lead, null)) {
            assertEquals(200, client.status());
            assertTrue(client.contentType().startsWith("text/event-stream"), client.contentType());
            assertEquals("connected", client.comment(WAIT));

            first = AlertFixtures.raiseOverdueAppeal("a-1", team);
            SseClient.Event live = client.next(WAIT);

            assertNotNull(live, "no live alert");
            assertEquals(Long.toString(first), live.id());
            assertEquals("APPEAL_OVERDUE", live.name());
            JsonPath data = new JsonPath(live.data());
            assertEquals((int) first, data.getInt("id"));
            assertEquals(team, data.getString("teamId"));
        }
        long second = AlertFixtures.raiseOverdueAppeal("a-2", team);
        AlertFixtures.raiseOverdueAppeal("a-3", "t-" + UUID.randomUUID());
        long third = AlertFixtures.raiseOverdueAppeal("a-4", team);

        try (SseClient client = new SseClient(stream, lead, Long.toString(first))) {
            assertEquals(Long.toString(second), client.next(WAIT).id());
            assertEquals(Long.toString(third), client.next(WAIT).id());
            long fourth = AlertFixtures.raiseOverdueAppeal("a-5", team);
            assertEquals(Long.toString(fourth), client.next(WAIT).id());
            assertNull(client.next(QUIET), "an alert came twice or from another team");
        }
    }

    @Test
    void eachLeadStreamsOnlyWhatTheyMaySee() throws Exception {
        String team = "t-" + UUID.randomUUID();
        try (SseClient lead = new SseClient(stream, TestTokens.teamLead(team), null);
                SseClient otherLead = new SseClient(stream, TestTokens.teamLead("t-" + UUID.randomUUID()), null);
                SseClient qaLead = new SseClient(stream, TestTokens.qaLead("q-" + UUID.randomUUID()), null)) {
            assertEquals("connected", lead.comment(WAIT));
            assertEquals("connected", otherLead.comment(WAIT));
            assertEquals("connected", qaLead.comment(WAIT));

            long id = AlertFixtures.raiseOverdueAppeal("a-1", team);

            assertEquals(Long.toString(id), lead.next(WAIT).id());
            SseClient.Event seen;
            do {
                seen = qaLead.next(WAIT);
                assertNotNull(seen, "the QA lead did not get alert " + id);
            } while (!seen.id().equals(Long.toString(id)));
            assertNull(otherLead.next(QUIET), "another team's lead received an alert");
        }
    }

    @Test
    void keepAliveCommentsKeepTheConnectionBusy() throws Exception {
        try (SseClient client = new SseClient(stream, TestTokens.qaLead("q-ka"), null)) {
            assertEquals("connected", client.comment(WAIT));
            assertEquals("keep-alive", client.comment(Duration.ofSeconds(10)));
        }
    }
}
