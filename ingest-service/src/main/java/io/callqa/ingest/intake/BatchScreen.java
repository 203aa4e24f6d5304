package io.callqa.ingest.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.callqa.events.CallRecorded;
import io.callqa.ingest.calls.CallNormalizer;
import io.callqa.ingest.calls.CallRecordReader;
import io.callqa.ingest.calls.CallRecordValidator;
import io.callqa.kit.problem.FieldError;

/**
 * Sorts the candidates of one request into valid calls, ready to publish, and rejections naming each bad field.
 * A call id that appears twice is rejected the second time, unless the vendor versions its records (the latest
 * version wins) or the records come from a stream, where a repeat is a redelivery: those count as duplicates.
 */
public final class BatchScreen {

    private final CallNormalizer normalizer;
    private final boolean textualNumbers;
    private final boolean repeatsAreDuplicates;

    public BatchScreen(CallNormalizer normalizer, boolean textualNumbers, boolean repeatsAreDuplicates) {
        this.normalizer = normalizer;
        this.textualNumbers = textualNumbers;
        this.repeatsAreDuplicates = repeatsAreDuplicates;
    }

    /** A valid call, normalised, with the vendor's version when there is one. */
    public record Valid(int index, CallRecorded call, Instant version) {
    }

    /** The outcome: valid calls (one per call id), rejections, and the versions superseded within the request. */
    public record Screened(List<Valid> valid, List<Rejection> rejected, int superseded) {
    }

    public Screened screen(List<Candidate> candidates, Instant now) {
        Map<String, Valid> byCallId = new HashMap<>();
        List<Rejection> rejected = new ArrayList<>();
        int superseded = 0;
        for (Candidate candidate : candidates) {
            List<FieldError> errors = new ArrayList<>(candidate.errors());
            Valid valid = errors.isEmpty() ? check(candidate, now, errors) : null;
            if (valid == null) {
                rejected.add(new Rejection(candidate.index(), candidate.callId(), errors));
                continue;
            }
            Valid earlier = byCallId.get(valid.call().callId());
            if (earlier == null) {
                byCallId.put(valid.call().callId(), valid);
            } else if (earlier.version() != null && valid.version() != null) {
                superseded++;
                byCallId.put(valid.call().callId(), newer(earlier, valid));
            } else if (repeatsAreDuplicates) {
                superseded++;
            } else {
                rejected.add(new Rejection(candidate.index(), candidate.callId(), List.of(new FieldError("callId",
                        "repeats the call id of record " + earlier.index() + " in this request"))));
            }
        }
        List<Valid> valid = byCallId.values().stream()
                .sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
        return new Screened(valid, rejected, superseded);
    }

    private Valid check(Candidate candidate, Instant now, List<FieldError> errors) {
        CallRecordReader.Read read = CallRecordReader.read(candidate.record(), textualNumbers);
        errors.addAll(read.errors());
        if (read.call() != null) {
            errors.addAll(CallRecordValidator.validate(read.call(), now));
        }
        return errors.isEmpty()
                ? new Valid(candidate.index(), normalizer.normalize(read.call(), UUID.randomUUID(), now, candidate.caller()),
                        candidate.version())
                : null;
    }

    private static Valid newer(Valid a, Valid b) {
        return b.version().isAfter(a.version()) ? b : a;
    }
}
