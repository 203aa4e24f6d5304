package io.callqa.ingest;

/** Normalised call records for tests. */
public final class CallRecords {

    private CallRecords() {
    }

    /** An answered inbound call of 12 s talk after 15 s in queue, with a caller number and a recording. */
    public static String record(String callId, String agentId) {
        return """
                {"callId":"%s","queueId":"q-billing","agentId":"%s","teamId":"t-1",
                 "callerNumber":"+86 138-0013-5678",
                 "enqueuedAt":"2026-11-02T09:00:00+08:00","answeredAt":"2026-11-02T09:00:15+08:00",
                 "endedAt":"2026-11-02T09:00:27+08:00","recordingUri":"s3://rec/%s.wav"}
                """.formatted(callId, agentId, callId);
    }
}
