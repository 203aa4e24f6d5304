package io.callqa.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of every event: ISO-8601 instants, nulls left out, unknown properties ignored so that
 * a consumer keeps working when a producer adds a field.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("iso-instants").addSerializer(Instant.class, new IsoInstantSerializer())
                    .addDeserializer(Instant.class, new IsoInstantDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Event event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.type() + " as JSON", e);
        }
    }

    /** The event as UTF-8 JSON bytes, as it goes on the wire. */
    public static byte[] writeBytes(Event event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.type() + " as JSON", e);
        }
    }

    /**
     * Reads one event of a topic's family, e.g. {@code read(json, CallEvent.class)}.
     *
     * @throws MalformedEventException when the text is not JSON or not an event of that family
     */
    public static <T extends Event> T read(String json, Class<T> family) {
        try {
            T event = MAPPER.readValue(json, family);
            if (event == null || event.eventId() == null) {
                throw new MalformedEventException("event has no eventId");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(e.getOriginalMessage());
        }
    }
}
