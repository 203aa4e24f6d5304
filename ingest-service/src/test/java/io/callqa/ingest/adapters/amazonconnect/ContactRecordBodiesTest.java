package io.callqa.ingest.adapters.amazonconnect;

import static io.callqa.ingest.adapters.AdapterFixtures.assertErrors;
import static io.callqa.ingest.adapters.AdapterFixtures.bytes;
import static io.callqa.ingest.adapters.AdapterFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

class ContactRecordBodiesTest {

    private final ContactRecordMapper mapper = new ContactRecordMapper(ContactRecordMapper.DEFAULT_WRAP_UP_ATTRIBUTE);

    @Test
    void oneContactRecordIsOneCandidate() {
        List<Candidate> candidates = ContactRecordBodies.read(bytes("amazonconnect/ctr-chat.json"), mapper);

        assertEquals(List.of("b61d3f94-2a7e-4c08-9f53-8e0c4a1d6b27"), candidates.stream().map(Candidate::callId).toList());
    }

    @Test
    void arrayGivesOneCandidatePerElementAndANonObjectElementIsUnreadableAtItsIndex() {
        String body = "[" + text("amazonconnect/ctr-outbound.json") + ", 42, " + text("amazonconnect/ctr-ivr-only.json")
                + "]";

        List<Candidate> candidates = ContactRecordBodies.read(body.getBytes(StandardCharsets.UTF_8), mapper);

        assertEquals(List.of(0, 1, 2), candidates.stream().map(Candidate::index).toList());
        assertEquals("4e8b1d72-9c3a-4f65-b1e8-6d2a0f7c3b95", candidates.get(0).callId());
        assertErrors(candidates.get(1), new FieldError("record", "must be a JSON object (a contact record)"));
        assertEquals("Queue", candidates.get(2).errors().get(0).field());
    }

    @Test
    void malformedBodyIsRefusedNamingBodyWithItsPosition() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ContactRecordBodies.read("{\"ContactId\": }".getBytes(StandardCharsets.UTF_8), mapper));

        FieldError error = refused.problem().errors().get(0);
        assertEquals("body", error.field());
        assertEquals(true, error.message().startsWith("is not valid JSON at line 1, column 15"), error.message());
    }
}
