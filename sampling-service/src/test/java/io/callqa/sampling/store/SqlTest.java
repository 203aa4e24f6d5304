package io.callqa.sampling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SqlTest {

    record Row(String callId, Instant endedAt, Integer talkSeconds) {
    }

    @Test
    void rowsBecomeAJsonArrayWithSnakeCaseColumns() {
        assertEquals("[{\"call_id\":\"c-1\",\"ended_at\":\"2026-11-02T01:00:00Z\",\"talk_seconds\":12}]",
                Sql.json(List.of(new Row("c-1", Instant.parse("2026-11-02T01:00:00Z"), 12))));
    }
}
