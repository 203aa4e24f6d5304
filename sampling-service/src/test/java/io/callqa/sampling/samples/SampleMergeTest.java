package io.callqa.sampling.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callqa.events.SampleSelected;
import io.callqa.sampling.calls.CallRow;
import io.callqa.sampling.rules.Reason;
import io.callqa.sampling.rules.Rule;
import io.callqa.sampling.rules.RuleBook;
import io.callqa.sampling.rules.RulesConfig;

class SampleMergeTest {

    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final RulesConfig.Due DUE = new RulesConfig.Due() {
        @Override
        public Duration realtime() {
            return Duration.ofHours(4);
        }

        @Override
        public Duration posthoc() {
            return Duration.ofDays(3);
        }
    };

    @Test
    void severalRulesPickingOneCallMakeOneSampleWithEveryReason() {
        CallRow call = call("c-1");

        SampleMerge merge = SampleMerge.of(List.of(pick(call, Rule.NEW_HIRE), pick(call, Rule.SHORT_CALL)), Map.of(),
                RuleBook.defaults(), DUE, NOW, ZONE);

        assertEquals(1, merge.created().size());
        NewSample sample = merge.created().get(0);
        assertEquals(List.of("NEW_HIRE", "SHORT_CALL"), sample.reasons().stream().map(SampleSelected.Reason::rule)
                .toList());
        assertEquals(new SamplePlan(SampleSelected.Mode.REALTIME, SampleSelected.Priority.HIGH,
                NOW.plus(Duration.ofHours(4))), sample.plan());
        assertEquals(2, merge.reasonRows(ZONE).size());
    }

    @Test
    void aSampledCallGainsOnlyTheRulesItDidNotHave() {
        CallRow call = call("c-2");
        SampleWriter.ExistingSample existing = new SampleWriter.ExistingSample("c-2", UUID.randomUUID(), "REALTIME",
                "HIGH", NOW.plus(Duration.ofHours(1)), "[{\"rule\":\"SHORT_CALL\",\"detail\":\"12 s\"}]",
                List.of("SHORT_CALL"));

        SampleMerge merge = SampleMerge.of(List.of(pick(call, Rule.SHORT_CALL), pick(call, Rule.COMPLAINT)),
                Map.of("c-2", existing), RuleBook.defaults(), DUE, NOW, ZONE);

        assertTrue(merge.created().isEmpty());
        SampleMerge.Updated updated = merge.updated().get(0);
        assertEquals(List.of("COMPLAINT"), updated.added().stream().map(SampleSelected.Reason::rule).toList());
        assertEquals(List.of("SHORT_CALL", "COMPLAINT"), updated.reasons().stream()
                .map(SampleSelected.Reason::rule).toList());
        assertEquals(SampleSelected.Priority.URGENT, updated.plan().priority());
        assertEquals(NOW.plus(Duration.ofHours(1)), updated.plan().dueAt());
        assertEquals(List.of(Rule.COMPLAINT), merge.effective().stream().map(p -> p.reason().rule()).toList());
    }

    @Test
    void aRuleThatAlreadyPickedTheCallChangesNothing() {
        CallRow call = call("c-3");
        SampleWriter.ExistingSample existing = new SampleWriter.ExistingSample("c-3", UUID.randomUUID(), "POSTHOC",
                "NORMAL", NOW, "[{\"rule\":\"REPEAT_CALL\",\"detail\":\"again\"}]", List.of("REPEAT_CALL"));

        SampleMerge merge = SampleMerge.of(List.of(pick(call, Rule.REPEAT_CALL)), Map.of("c-3", existing),
                RuleBook.defaults(), DUE, NOW, ZONE);

        assertTrue(merge.created().isEmpty());
        assertTrue(merge.updated().isEmpty());
        assertTrue(merge.effective().isEmpty());
    }

    private static Pick pick(CallRow call, Rule rule) {
        return new Pick(call, new Reason(rule, rule.name()));
    }

    private static CallRow call(String id) {
        Instant answered = Instant.parse("2026-11-02T01:00:10Z");
        return new CallRow(id, "a-1", "t-1", "q-1", "VOICE", "INBOUND", "ANSWERED", answered.minusSeconds(10),
                answered, answered.plusSeconds(12), 12, 10, "h", "s3://r/" + id, null, answered, null, null, true, null,
                null);
    }
}
