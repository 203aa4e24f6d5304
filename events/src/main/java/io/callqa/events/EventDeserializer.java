package io.callqa.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Deserializer;

/** Kafka deserialiser for one topic's family of events; see the nested per-topic classes. */
public abstract class EventDeserializer<T extends Event> implements Deserializer<T> {

    private final Class<T> family;

    protected EventDeserializer(Class<T> family) {
        this.family = family;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : EventJson.read(new String(data, StandardCharsets.UTF_8), family);
    }

    public static class Calls extends EventDeserializer<CallEvent> {
        public Calls() {
            super(CallEvent.class);
        }
    }

    public static class Roster extends EventDeserializer<RosterEvent> {
        public Roster() {
            super(RosterEvent.class);
        }
    }

    public static class Complaints extends EventDeserializer<ComplaintEvent> {
        public Complaints() {
            super(ComplaintEvent.class);
        }
    }

    public static class Samples extends EventDeserializer<SampleEvent> {
        public Samples() {
            super(SampleEvent.class);
        }
    }

    public static class Evaluations extends EventDeserializer<EvaluationEvent> {
        public Evaluations() {
            super(EvaluationEvent.class);
        }
    }

    public static class Feedback extends EventDeserializer<FeedbackEvent> {
        public Feedback() {
            super(FeedbackEvent.class);
        }
    }

    public static class Intervals extends EventDeserializer<IntervalEvent> {
        public Intervals() {
            super(IntervalEvent.class);
        }
    }
}
