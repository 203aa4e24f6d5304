package io.callqa.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IsoInstantSerializerTest {

    @Test
    void writesWhatIsoInstantWrites() {
        for (String text : new String[] {"2026-11-02T01:00:00Z", "2026-11-02T01:00:00.100Z", "2026-11-02T01:00:00.000123Z",
                "2026-11-02T01:00:00.000000007Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z",
                "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(instant.toString(), IsoInstantSerializer.format(instant), text);
        }
    }
}
