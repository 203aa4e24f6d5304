package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

import io.callqa.events.CallRecorded.TranscriptLine;
import io.callqa.events.EventJson;

/**
 * Runs the default checks over the hand-labelled transcripts of {@code checks/labelled-transcripts.json} (positives,
 * the ACD simulator's slips, tricky negatives and hard cases missed or flagged by design), prints precision and
 * recall per check as a markdown table and holds every check to precision ≥ 0.95 and recall ≥ 0.8. A finding is a
 * true positive when a labelled finding has the same check and utterance.
 */
class LabelledSetTest {

    record Expected(Check check, int line) {
    }

    record Labelled(String id, String note, List<TranscriptLine> lines, List<Expected> expected) {
    }

    /** True positives, false positives and false negatives of one check, and the transcripts that erred. */
    static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        final List<String> errors = new ArrayList<>();

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private static List<Labelled> set;
    private static final Map<Check, Tally> TALLIES = new EnumMap<>(Check.class);

    @BeforeAll
    static void runTheChecksOverTheSet() throws IOException {
        try (InputStream in = LabelledSetTest.class.getResourceAsStream("/checks/labelled-transcripts.json")) {
            set = EventJson.mapper().readValue(in, new TypeReference<List<Labelled>>() { });
        }
        for (Check check : Check.values()) {
            TALLIES.put(check, new Tally());
        }
        TranscriptChecks checks = TranscriptChecks.defaults();
        set.forEach(labelled -> score(labelled, checks.run(labelled.lines())));
        System.out.println(table());
    }

    @Test
    void theSetIsLargeEnoughAndCoversEveryCheck() {
        assertTrue(set.size() >= 80, "only " + set.size() + " transcripts");
        TALLIES.forEach((check, tally) -> assertTrue(tally.truePositives + tally.falseNegatives >= 5,
                check + " has fewer than 5 labelled positives"));
    }

    @Test
    void everyCheckIsPreciseFirstAndFindsMostOfWhatItShould() {
        TALLIES.forEach((check, tally) -> {
            assertTrue(tally.precision() >= 0.95, check + " precision " + tally.precision() + " " + tally.errors);
            assertTrue(tally.recall() >= 0.8, check + " recall " + tally.recall() + " " + tally.errors);
        });
    }

    private static void score(Labelled labelled, List<Finding> findings) {
        Set<Expected> found = findings.stream().map(f -> new Expected(f.check(), f.line())).collect(Collectors.toSet());
        Set<Expected> expected = new HashSet<>(labelled.expected());
        for (Expected f : found) {
            Tally tally = TALLIES.get(f.check());
            if (expected.contains(f)) {
                tally.truePositives++;
            } else {
                tally.falsePositives++;
                tally.errors.add("FP " + labelled.id() + "@" + f.line());
            }
        }
        expected.stream().filter(e -> !found.contains(e)).forEach(e -> {
            TALLIES.get(e.check()).falseNegatives++;
            TALLIES.get(e.check()).errors.add("FN " + labelled.id() + "@" + e.line());
        });
    }

    private static String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n%d labelled transcripts%n%n| check | TP | FP | FN | precision | recall | errors |%n|---|---|---|---|---|---|---|%n",
                set.size()));
        TALLIES.forEach((check, t) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %s |%n",
                check, t.truePositives, t.falsePositives, t.falseNegatives, t.precision(), t.recall(),
                String.join(", ", t.errors))));
        return out.toString();
    }
}
