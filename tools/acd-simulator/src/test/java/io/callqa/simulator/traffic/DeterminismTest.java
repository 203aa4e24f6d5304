package io.callqa.simulator.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.simulator.Simulations;
import io.callqa.simulator.cli.Format;
import io.callqa.simulator.output.CallWriter;
import io.callqa.simulator.records.Call;

class DeterminismTest {

    @Test
    void sameSeedAndOptionsGiveByteIdenticalOutput() throws IOException {
        Scenario scenario = Simulations.scenario(30, Simulations.MONDAY, 2, 7, true);
        byte[] first = ndjson(scenario);
        byte[] second = ndjson(scenario);
        assertArrayEquals(first, second);
        assertFalse(first.length == 0);
    }

    @Test
    void anotherSeedGivesOtherTraffic() throws IOException {
        byte[] seven = ndjson(Simulations.scenario(30, Simulations.MONDAY, 1, 7, false));
        byte[] eight = ndjson(Simulations.scenario(30, Simulations.MONDAY, 1, 8, false));
        assertNotEquals(new String(seven), new String(eight));
    }

    @Test
    void transcriptsChangeNothingButTheTranscripts() {
        List<Call> without = Simulations.collect(Simulations.scenario(30, Simulations.MONDAY, 1, 7, false)).calls();
        List<Call> with = Simulations.collect(Simulations.scenario(30, Simulations.MONDAY, 1, 7, true)).calls();
        assertEquals(without.size(), with.size());
        for (int i = 0; i < with.size(); i++) {
            assertEquals(without.get(i), with.get(i).withTranscript(null));
            assertNull(without.get(i).transcript());
        }
    }

    @Test
    void aDayComesOutTheSameWhicheverPeriodItIsPartOf() {
        Scenario week = Simulations.scenario(30, Simulations.MONDAY, 7, 7, false);
        Scenario wednesday = Simulations.scenario(30, Simulations.MONDAY.plusDays(2), 1, 7, false);
        // the roster's hire dates depend on the period, so compare with the same roster
        DayGenerator generator = new DayGenerator(week, new Traffic(week).roster());
        DayGenerator alone = new DayGenerator(wednesday, new Traffic(week).roster());
        assertEquals(generator.generate(wednesday.start()), alone.generate(wednesday.start()));
    }

    private static byte[] ndjson(Scenario scenario) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CallWriter writer = new CallWriter(out, Format.NDJSON, scenario.zone());
        for (Call call : Simulations.collect(scenario).calls()) {
            writer.write(call);
        }
        return out.toByteArray();
    }
}
