package io.callqa.events;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Instant} exactly as {@link java.time.format.DateTimeFormatter#ISO_INSTANT} does
 * ({@code 2026-11-02T01:00:00Z}, a fraction in groups of 3 digits when there is one), without a formatter: events
 * carry several instants each, and ingest writes tens of thousands of events a second.
 */
final class IsoInstantSerializer extends StdSerializer<Instant> {

    IsoInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(format(value));
    }

    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return instant.toString();
        }
        char[] out = new char[30];
        int i = put(out, 0, t.getYear(), 4);
        out[i++] = '-';
        i = put(out, i, t.getMonthValue(), 2);
        out[i++] = '-';
        i = put(out, i, t.getDayOfMonth(), 2);
        out[i++] = 'T';
        i = put(out, i, t.getHour(), 2);
        out[i++] = ':';
        i = put(out, i, t.getMinute(), 2);
        out[i++] = ':';
        i = put(out, i, t.getSecond(), 2);
        i = fraction(out, i, instant.getNano());
        out[i++] = 'Z';
        return new String(out, 0, i);
    }

    private static int fraction(char[] out, int i, int nanos) {
        if (nanos == 0) {
            return i;
        }
        out[i++] = '.';
        if (nanos % 1_000_000 == 0) {
            return put(out, i, nanos / 1_000_000, 3);
        }
        return nanos % 1_000 == 0 ? put(out, i, nanos / 1_000, 6) : put(out, i, nanos, 9);
    }

    private static int put(char[] out, int at, int value, int width) {
        for (int k = at + width - 1; k >= at; k--) {
            out[k] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
