package io.callqa.ingest.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;

/** Reads the adapter fixtures (under {@code src/test/resources/adapters/}) and compares normalised calls. */
public final class AdapterFixtures {

    private AdapterFixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = AdapterFixtures.class.getResourceAsStream("/adapters/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    public static ObjectNode json(String path) {
        return (ObjectNode) parse(text(path));
    }

    public static JsonNode parse(String json) {
        try {
            return AdapterJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The candidate is readable and its normalised call is exactly the expected JSON, field by field. */
    public static void assertCall(String expectedJson, Candidate candidate) {
        assertTrue(candidate.readable(), () -> "unreadable: " + candidate.errors());
        JsonNode expected = parse(expectedJson);
        assertEquals(expected, candidate.record(), () -> "expected " + expected.toPrettyString() + "\nbut was "
                + candidate.record().toPrettyString());
    }

    /** The candidate is unreadable for exactly these errors. */
    public static void assertErrors(Candidate candidate, FieldError... expected) {
        assertEquals(List.of(expected), candidate.errors());
    }
}
