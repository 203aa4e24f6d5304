package io.callqa.ingest.adapters.amazonconnect;

import static io.callqa.ingest.adapters.AdapterFixtures.assertErrors;
import static io.callqa.ingest.adapters.AdapterFixtures.bytes;
import static io.callqa.ingest.adapters.AdapterFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

class FirehoseDeliveryTest {

    private final ContactRecordMapper mapper = new ContactRecordMapper(ContactRecordMapper.DEFAULT_WRAP_UP_ATTRIBUTE);

    @Test
    void deliveryOfTwoBase64RecordsGivesTwoVersionedCalls() {
        FirehoseDelivery delivery = FirehoseDelivery.parse(bytes("amazonconnect/firehose-delivery.json"));

        List<Candidate> candidates = delivery.candidates(mapper);

        assertEquals("ed4acda5-034f-9f42-bba1-f29aea6d7d8f", delivery.requestId());
        assertEquals(Instant.ofEpochMilli(1793582640000L), delivery.timestamp());
        assertEquals(List.of("9a4f2c61-3b8e-4d7a-a5c2-0e1f6b9d8c47", "c27e8d15-6f4a-4b93-8e21-7a5d0c3f9b68"),
                candidates.stream().map(Candidate::callId).toList());
        assertEquals(List.of(0, 1), candidates.stream().map(Candidate::index).toList());
        assertEquals(mapper.map(0, json("amazonconnect/ctr-inbound-answered.json")), candidates.get(0));
        assertEquals(Instant.parse("2026-11-02T01:33:52Z"), candidates.get(1).version());
    }

    @Test
    void recordHoldingSeveralNewlineSeparatedContactRecordsGivesOneCandidateEach() {
        String two = json("amazonconnect/ctr-outbound.json") + "\n" + json("amazonconnect/ctr-chat.json") + "\n";
        String body = delivery("{\"data\": \"" + base64(two) + "\"}", "{\"data\": \""
                + base64(json("amazonconnect/ctr-inbound-abandoned.json").toString()) + "\"}");

        List<Candidate> candidates = FirehoseDelivery.parse(utf8(body)).candidates(mapper);

        assertEquals(List.of("4e8b1d72-9c3a-4f65-b1e8-6d2a0f7c3b95", "b61d3f94-2a7e-4c08-9f53-8e0c4a1d6b27",
                "c27e8d15-6f4a-4b93-8e21-7a5d0c3f9b68"), candidates.stream().map(Candidate::callId).toList());
        assertEquals(List.of(0, 1, 2), candidates.stream().map(Candidate::index).toList());
    }

    @Test
    void recordThatIsNotBase64IsUnreadableAtItsPositionAndTheOthersAreKept() {
        String body = delivery("{\"data\": \"" + base64(json("amazonconnect/ctr-outbound.json").toString()) + "\"}",
                "{\"data\": \"not base64!\"}", "{\"data\": \"" + base64("{\"ContactId\": ") + "\"}", "{}");

        List<Candidate> candidates = FirehoseDelivery.parse(utf8(body)).candidates(mapper);

        assertEquals(4, candidates.size());
        assertTrue(candidates.get(0).readable());
        assertErrors(candidates.get(1), new FieldError("records[1].data", "is not valid base64"));
        assertErrors(candidates.get(2),
                new FieldError("records[2].data", "does not hold valid JSON after 0 contact record(s)"));
        assertErrors(candidates.get(3),
                new FieldError("records[3].data", "is required: the base64 of one or more contact records"));
    }

    @Test
    void deliveryWithoutRequestIdOrRecordsIsRefusedNamingBoth() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> FirehoseDelivery.parse(utf8("{\"timestamp\": 1793582640000}")));

        assertEquals(List.of(new FieldError("requestId", "is required"),
                new FieldError("records", "is required: an array of {\"data\": \"<base64>\"}")),
                refused.problem().errors());
    }

    @Test
    void bodyThatIsNotJsonIsRefused() {
        ProblemException refused = assertThrows(ProblemException.class, () -> FirehoseDelivery.parse(utf8("requestId=1")));

        assertEquals("body", refused.problem().errors().get(0).field());
    }

    @Test
    void responseEchoesTheRequestIdAndAddsTheErrorMessageOnlyOnFailure() {
        Instant now = Instant.ofEpochMilli(1793582641234L);

        assertEquals("{\"requestId\":\"ed4acda5-034f-9f42-bba1-f29aea6d7d8f\",\"timestamp\":1793582641234}",
                FirehoseResponse.success("ed4acda5-034f-9f42-bba1-f29aea6d7d8f", now).toJson());
        assertEquals("{\"requestId\":\"ed4acda5-034f-9f42-bba1-f29aea6d7d8f\",\"timestamp\":1793582641234,"
                + "\"errorMessage\":\"publishing failed; retry\"}",
                FirehoseResponse.failure("ed4acda5-034f-9f42-bba1-f29aea6d7d8f", now, "publishing failed; retry")
                        .toJson());
    }

    private static String delivery(String... records) {
        return "{\"requestId\": \"0b3f6c2e-8a41-4d97-b5e0-7c2a9f1d4e63\", \"timestamp\": 1793582640000, \"records\": ["
                + String.join(", ", records) + "]}";
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
