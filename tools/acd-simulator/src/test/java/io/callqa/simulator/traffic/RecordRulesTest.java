package io.callqa.simulator.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.simulator.IngestRules;
import io.callqa.simulator.Simulations;
import io.callqa.simulator.output.JsonRecords;
import io.callqa.simulator.records.Call;

class RecordRulesTest {

    @Test
    void everyRecordOfAWeekFollowsTheIngestRules() {
        Scenario scenario = Simulations.scenario(40, Simulations.MONDAY, 7, 3, true);
        JsonRecords json = new JsonRecords(scenario.zone());
        List<String> problems = new ArrayList<>();
        for (Call call : Simulations.collect(scenario).calls()) {
            JsonNode node = json.call(call);
            IngestRules.broken(node, Instant.parse("2027-01-01T00:00:00Z")).forEach(p -> problems.add(call.callId() + " " + p));
        }
        assertEquals(List.of(), problems.stream().limit(20).toList());
    }

    @Test
    void smallAndOddCentersStillMakeValidRecords() {
        for (int agents : new int[] {1, 3, 7}) {
            Scenario scenario = new Scenario(agents, 1, Math.min(agents, 3), Simulations.MONDAY.minusDays(1), 2, // 25 hours in New York
                    java.time.ZoneId.of("America/New_York"), 5, true);
            JsonRecords json = new JsonRecords(scenario.zone());
            for (Call call : Simulations.collect(scenario).calls()) {
                assertEquals(List.of(), IngestRules.broken(json.call(call), Instant.parse("2027-01-01T00:00:00Z")),
                        call.callId());
            }
        }
    }

    @Test
    void callsComeInTheOrderTheyEnded() {
        List<Call> calls = Simulations.collect(Simulations.scenario(30, Simulations.MONDAY, 3, 9, false)).calls();
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(!calls.get(i).endedAt().isBefore(calls.get(i - 1).endedAt()), calls.get(i).callId());
        }
    }
}
