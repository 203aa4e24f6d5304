package io.callqa.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void theCommonShapeReadsExactlyAsTheFullParser() {
        for (String text : new String[] {"2026-11-02T09:15:03+08:00", "2026-11-02T01:15:03Z",
                "2026-11-02T01:15:03.5Z", "2026-11-02T01:15:03.123456789-03:30", "2024-02-29T23:59:59.000+00:00"}) {
            assertEquals(OffsetDateTime.parse(text), IsoInstants.common(text), text);
        }
    }

    @Test
    void otherShapesFallBackAndInvalidValuesStayInvalid() {
        assertNull(IsoInstants.common("2026-11-02T09:15+08:00"));
        assertEquals(OffsetDateTime.parse("2026-11-02T09:15+08:00"), IsoInstants.parse("2026-11-02T09:15+08:00"));
        assertNull(IsoInstants.common("2026-02-30T09:15:03Z"));
        assertThrows(DateTimeParseException.class, () -> IsoInstants.parse("2026-02-30T09:15:03Z"));
        assertThrows(DateTimeParseException.class, () -> IsoInstants.parse("2026-11-02 09:15:03"));
        assertThrows(DateTimeParseException.class, () -> IsoInstants.parse("2026-11-02T09:15:03"));
    }
}
