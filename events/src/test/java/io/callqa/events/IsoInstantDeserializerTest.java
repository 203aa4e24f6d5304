package io.callqa.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class IsoInstantDeserializerTest {

    record Stamp(Instant at) {
    }

    @Test
    void readsWhatTheFormatterReadsForRandomInstantsFractionsAndOffsets() {
        Random random = new Random(7);
        int[] offsets = {0, 8 * 3600, -5 * 3600, 5 * 3600 + 1800, -(9 * 3600 + 30 * 60)};
        String[] fractions = {"", ".S", ".SSS", ".SSSSSS", ".SSSSSSSSS"};
        for (int i = 0; i < 5_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L),
                    random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsets[i % offsets.length]);
            String text = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss" + fractions[i % fractions.length]
                    + (offset.getTotalSeconds() == 0 ? "'Z'" : "xxx")).format(instant.atOffset(offset));
            assertEquals(OffsetDateTime.parse(text).toInstant(), IsoInstantDeserializer.parse(text), text);
        }
    }

    @Test
    void readsPostgresJsonTimestamps() {
        assertEquals(Instant.parse("2026-10-01T01:27:38.513Z"),
                IsoInstantDeserializer.parse("2026-10-01T01:27:38.513+00:00"));
        assertEquals(Instant.parse("2026-10-01T01:00:00.123456Z"),
                IsoInstantDeserializer.parse("2026-10-01T01:00:00.123456Z"));
    }

    @Test
    void leavesEveryOtherFormToJackson() {
        for (String text : new String[] {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-10-01T24:00:00Z",
                "2026-10-01T00:60:00Z", "2026-10-01T00:00:60Z", "2026-10-01T00:00:00", "2026-10-01T00:00:00z",
                "2026-10-01T00:00:00+0800", "2026-10-01T00:00:00+08", "2026-10-01T00:00:00.Z", "2026-10-01T00:00:00.1234567890Z",
                "2026-10-01 00:00:00Z", "2026-1x-01T00:00:00Z", "yesterday", "", "+12026-10-01T00:00:00Z"}) {
            assertNull(IsoInstantDeserializer.parse(text), text);
        }
    }

    @Test
    void jacksonStillAnswersTheFormsThisParserLeavesAndRejectsTheInvalid() throws Exception {
        assertEquals(Instant.ofEpochSecond(1_700_000_000L),
                EventJson.mapper().readValue("{\"at\":1700000000}", Stamp.class).at());
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"),
                EventJson.mapper().readValue("{\"at\":\"2026-10-01T00:00:00Z\"}", Stamp.class).at());
        assertThrows(InvalidFormatException.class,
                () -> EventJson.mapper().readValue("{\"at\":\"2026-02-30T00:00:00Z\"}", Stamp.class));
    }
}
