package io.callqa.ingest.raw;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.callqa.ingest.intake.Candidate;
import io.callqa.ingest.intake.JsonBodies;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/** Reading raw ACD records, and the dead letter of one that cannot be published. */
final class RawRecords {

    static final String TOPIC = "acd.calls.raw.v1";
    static final String DEAD_LETTERS = TOPIC + ".dlq";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private RawRecords() {
    }

    static Candidate candidate(int index, byte[] value, RequestLimits limits) {
        if (value == null) {
            return Candidate.unreadable(index, null, List.of(new FieldError("record", "is empty (a tombstone)")));
        }
        try {
            JsonBodies.Parsed parsed = JsonBodies.read(value, limits);
            if (!parsed.single()) {
                return Candidate.unreadable(index, null, List.of(new FieldError("record",
                        "must be one call record (a JSON object), not a batch")));
            }
            Candidate only = parsed.candidates().get(0);
            return only.withIndex(index);
        } catch (ProblemException e) {
            return Candidate.unreadable(index, null, e.problem().errors());
        }
    }

    static ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> original, List<FieldError> errors) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(DEAD_LETTERS, original.key(), original.value());
        original.headers().forEach(h -> letter.headers().add(h));
        letter.headers()
                .add("dlq-reason", utf8(errors.stream().map(e -> e.field() + ": " + e.message())
                        .collect(Collectors.joining("; "))))
                .add("dlq-errors", utf8(errorsJson(errors)))
                .add("dlq-original-topic", utf8(original.topic()))
                .add("dlq-original-partition", utf8(String.valueOf(original.partition())))
                .add("dlq-original-offset", utf8(String.valueOf(original.offset())));
        return letter;
    }

    private static String errorsJson(List<FieldError> errors) {
        try {
            return JSON.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
