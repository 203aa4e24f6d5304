package io.callqa.events;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Reads an {@link Instant} written as ISO-8601 with an offset ({@code 2026-11-02T01:00:00Z},
 * {@code 2026-11-02T09:00:00.123456+08:00}, as events and PostgreSQL's JSON carry them) with {@link IsoDateTimes},
 * without a formatter, which costs several times more than the parse itself. Anything else, and anything out of range, goes to Jackson's own
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

    /** The instant, or null when the text is not in the common shape {@link IsoDateTimes} reads. */
    static Instant parse(String text) {
        OffsetDateTime dateTime = IsoDateTimes.common(text);
        return dateTime == null ? null : dateTime.toInstant();
    }
}
