package io.callqa.feedback.coaching;

import static io.callqa.feedback.coaching.CoachingApi.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(InfraResource.class)
class CoachingPlansTest {

    private static final String QA = TestTokens.qaLead("q-file");

    @Inject
    CoachingPlans coachingPlans;

    @Test
    void theAgentsPlansAreReadNewestFirstForTheQaFile() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        String older = create(QA, agent, "t-f", "S1");
        String newer = create(QA, agent, "t-f", "B1");
        create(QA, "a-" + UUID.randomUUID(), "t-f", "S1");

        List<PlanView> plans = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> coachingPlans.forAgent(agent)));

        assertEquals(List.of(newer, older), plans.stream().map(p -> p.planId().toString()).toList());
        assertEquals(List.of("B1"), plans.get(0).weakItems());
    }

    @Test
    void createdPlansAreCountedByTrigger() {
        create(QA, "a-" + UUID.randomUUID(), "t-f", "S1");

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("qa_feedback_coaching_plans_created_total{trigger=\"MANUAL\"}"));
    }
}
