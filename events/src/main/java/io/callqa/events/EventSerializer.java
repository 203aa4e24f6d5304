package io.callqa.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serializer;

/** Kafka serialiser writing any {@link Event} as UTF-8 JSON. */
public class EventSerializer implements Serializer<Event> {

    @Override
    public byte[] serialize(String topic, Event event) {
        return event == null ? null : EventJson.write(event).getBytes(StandardCharsets.UTF_8);
    }
}
