package io.callqa.ingest.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.callqa.events.CallRecorded.Direction;
import io.callqa.kit.problem.FieldError;

/** The rules a call record must follow before it is published; every broken rule names its field. */
public final class CallRecordValidator {

    static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");
    /** Agent ids: letters of any script, digits and {@code . _ : @ + -}; no spaces, quotes or markup. */
    static final Pattern AGENT_ID = Pattern.compile("[\\p{L}\\p{N}._:@+-]{1,64}");
    /** Queue and team names may also hold inner spaces, slashes and brackets (ACDs use display names). */
    static final Pattern GROUP_ID = Pattern.compile(
            "[\\p{L}\\p{N}._:@+/()#-]([\\p{L}\\p{N} ._:@+/()#-]{0,126}[\\p{L}\\p{N}._:@+/()#-])?");
    static final int MAX_URI_LENGTH = 2048;
    static final int MAX_SECONDS = 86_400;
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private CallRecordValidator() {
    }

    public static List<FieldError> validate(CallRecordRequest call, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (call.callId() == null || call.callId().isBlank()) {
            errors.add(new FieldError("callId", "is required"));
        } else if (!CALL_ID.matcher(call.callId()).matches()) {
            errors.add(new FieldError("callId", "must be 1-64 characters of A-Z a-z 0-9 . _ : @ -"));
        }
        boolean inbound = call.directionOrDefault() == Direction.INBOUND;
        requireText(errors, "queueId", call.queueId(), inbound, "is required for an INBOUND call");
        requireText(errors, "agentId", call.agentId(), call.answeredAt() != null, "is required for an answered call");
        checkPattern(errors, "agentId", call.agentId(), AGENT_ID, "must be 1-64 letters, digits or . _ : @ + -");
        checkPattern(errors, "queueId", call.queueId(), GROUP_ID,
                "must be 1-128 letters, digits, inner spaces or . _ : @ + / ( ) # -");
        checkPattern(errors, "teamId", call.teamId(), GROUP_ID,
                "must be 1-128 letters, digits, inner spaces or . _ : @ + / ( ) # -");
        if (call.recordingUri() != null && call.recordingUri().length() > MAX_URI_LENGTH) {
            errors.add(new FieldError("recordingUri", "must not be longer than " + MAX_URI_LENGTH + " characters"));
        }
        if (call.wrapUpCode() != null && call.wrapUpCode().length() > 128) {
            errors.add(new FieldError("wrapUpCode", "must not be longer than 128 characters"));
        }
        if (inbound && call.enqueuedAt() == null) {
            errors.add(new FieldError("enqueuedAt", "is required for an INBOUND call"));
        }
        if (call.endedAt() == null) {
            errors.add(new FieldError("endedAt", "is required"));
        }
        checkOrder(errors, call);
        checkNotInFuture(errors, now, "enqueuedAt", call.enqueuedAt());
        checkNotInFuture(errors, now, "answeredAt", call.answeredAt());
        checkNotInFuture(errors, now, "endedAt", call.endedAt());
        checkSeconds(errors, "talkSeconds", call.talkSeconds());
        checkSeconds(errors, "holdSeconds", call.holdSeconds());
        if (call.csat() != null && (call.csat() < 1 || call.csat() > 5)) {
            errors.add(new FieldError("csat", "must be between 1 and 5"));
        }
        checkTranscript(errors, call.transcript());
        return errors;
    }

    private static void requireText(List<FieldError> errors, String field, String value, boolean required,
            String message) {
        if (required && (value == null || value.isBlank())) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void checkPattern(List<FieldError> errors, String field, String value, Pattern pattern,
            String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void checkOrder(List<FieldError> errors, CallRecordRequest call) {
        if (call.enqueuedAt() != null && call.answeredAt() != null && call.answeredAt().isBefore(call.enqueuedAt())) {
            errors.add(new FieldError("answeredAt", "must not be before enqueuedAt"));
        }
        OffsetDateTime start = call.answeredAt() != null ? call.answeredAt() : call.enqueuedAt();
        if (start != null && call.endedAt() != null && call.endedAt().isBefore(start)) {
            errors.add(new FieldError("endedAt", "must not be before " + (call.answeredAt() != null ? "answeredAt"
                    : "enqueuedAt")));
        }
        if (call.enqueuedAt() != null && call.endedAt() != null
                && Duration.between(call.enqueuedAt(), call.endedAt()).getSeconds() > MAX_SECONDS) {
            errors.add(new FieldError("endedAt", "a call cannot last more than " + MAX_SECONDS + " s"));
        }
    }

    private static void checkNotInFuture(List<FieldError> errors, Instant now, String field, OffsetDateTime value) {
        if (value != null && value.toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldError(field, "is more than 5 minutes in the future"));
        }
    }

    private static void checkSeconds(List<FieldError> errors, String field, Integer value) {
        if (value != null && (value < 0 || value > MAX_SECONDS)) {
            errors.add(new FieldError(field, "must be between 0 and " + MAX_SECONDS));
        }
    }

    private static void checkTranscript(List<FieldError> errors, List<CallRecordRequest.Line> transcript) {
        if (transcript == null) {
            return;
        }
        for (int i = 0; i < transcript.size(); i++) {
            CallRecordRequest.Line line = transcript.get(i);
            String at = "transcript[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (line.speaker() == null) {
                errors.add(new FieldError(at + ".speaker", "is required: AGENT or CUSTOMER"));
            }
            if (line.offsetMs() == null || line.offsetMs() < 0) {
                errors.add(new FieldError(at + ".offsetMs", "is required and must not be negative"));
            } else if (line.endOffsetMs() != null && line.endOffsetMs() < line.offsetMs()) {
                errors.add(new FieldError(at + ".endOffsetMs", "must not be before offsetMs (" + line.offsetMs() + ")"));
            }
            if (line.text() == null) {
                errors.add(new FieldError(at + ".text", "is required"));
            }
        }
    }
}
