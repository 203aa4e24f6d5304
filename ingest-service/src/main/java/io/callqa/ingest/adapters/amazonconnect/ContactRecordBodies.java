package io.callqa.ingest.adapters.amazonconnect;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.callqa.ingest.adapters.AdapterJson;
import io.callqa.ingest.intake.Candidate;
import io.callqa.kit.problem.FieldError;
import io.callqa.kit.problem.ProblemException;

/**
 * A request body of contact records posted directly (for example by a Lambda reading the CTR stream): one CTR
 * object, or an array of them. Each element becomes one candidate at its array position; an element that is not
 * an object is unreadable there. A body that is not JSON, empty, or neither an object nor an array is a 400
 * naming {@code body}.
 */
public final class ContactRecordBodies {

    private ContactRecordBodies() {
    }

    public static List<Candidate> read(byte[] body, ContactRecordMapper mapper) {
        JsonNode root = AdapterJson.read("body", AdapterJson.utf8("body", body));
        if (root.isObject()) {
            return List.of(mapper.map(0, root));
        }
        if (!root.isArray()) {
            throw ProblemException.invalid("body", "must be a contact record (JSON object) or an array of them");
        }
        if (root.isEmpty()) {
            throw ProblemException.invalid("body", "is an empty array; send at least one contact record");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode element : root) {
            int index = candidates.size();
            candidates.add(element.isObject() ? mapper.map(index, element) : Candidate.unreadable(index, null,
                    List.of(new FieldError("record", "must be a JSON object (a contact record)"))));
        }
        return candidates;
    }
}
