package io.callqa.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;

class TransientFailuresTest {

    private static PgException pg(String sqlState) {
        return new PgException("message", "ERROR", sqlState, null);
    }

    @Test
    void theDatabaseAwayOrStoppingIsTransientWhereverItSitsInTheChain() {
        assertTrue(TransientFailures.is(new IllegalStateException("wrapped", new VertxException("Pool closed"))));
        assertTrue(TransientFailures.is(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(TransientFailures.is(pg("57P01")), "admin shutdown");
        assertTrue(TransientFailures.is(pg("08006")), "connection failure");
        assertTrue(TransientFailures.is(pg("53300")), "too many connections");
        assertTrue(TransientFailures.is(new RuntimeException(pg("40P01"))), "deadlock");
        assertTrue(TransientFailures.is(pg("40001")), "serialization failure");
    }

    @Test
    void aStatementTheEventBreaksIsNot() {
        assertFalse(TransientFailures.is(pg("23502")), "not-null violation");
        assertFalse(TransientFailures.is(pg("22P02")), "invalid text representation");
        assertFalse(TransientFailures.is(new IllegalArgumentException("bad value")));
        assertFalse(TransientFailures.is(null));
    }

    @Test
    void anExecutorRefusingTheNextAttemptMeansTheServiceIsStopping() {
        assertTrue(TransientFailures.stopping(new RuntimeException(new RejectedExecutionException("shut down"))));
        assertFalse(TransientFailures.is(new RejectedExecutionException("shut down")));
        assertFalse(TransientFailures.stopping(pg("23505")));
    }
}
