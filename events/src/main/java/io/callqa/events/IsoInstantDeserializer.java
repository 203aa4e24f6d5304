package io.callqa.events;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Reads an {@link Instant} written as ISO-8601 with a UTC offset ({@code 2026-11-02T01:00:00Z},
 * {@code 2026-11-02T09:00:00.123456+08:00}, as events and PostgreSQL's JSON carry them) without a formatter, which
 * costs several times more than the parse itself. Anything else, and anything out of range, goes to Jackson's own
 * {@link InstantDeserializer}, so accepted forms and error messages stay exactly Jackson's.
 */
final class IsoInstantDeserializer extends StdDeserializer<Instant> {

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            Instant fast = parse(parser.getText());
            if (fast != null) {
                return fast;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** The instant, or null when the text is not in the plain form this parser reads. */
    static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
                nanos = nanos * 10 + (text.charAt(i++) - '0');
            }
            if (i == start || (i < n && isDigit(text.charAt(i)))) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offset(text, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds,
                nanos);
    }

    /** {@code Z}, {@code ±HH:MM} or {@code ±HH} ending the text, in seconds; MIN_VALUE for anything else. */
    private static int offset(String text, int i) {
        int rest = text.length() - i;
        if (rest == 1 && text.charAt(i) == 'Z') {
            return 0;
        }
        if (rest != 3 && rest != 6) {
            return Integer.MIN_VALUE;
        }
        char sign = text.charAt(i);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(text, i + 1, 2);
        int minutes = rest == 6 && text.charAt(i + 3) == ':' ? digits(text, i + 4, 2) : rest == 3 ? 0 : -1;
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
