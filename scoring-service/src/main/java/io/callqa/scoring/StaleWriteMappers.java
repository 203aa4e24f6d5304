package io.callqa.scoring;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.callqa.kit.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

/**
 * Two changes of the same row raced and this one lost: an entity's {@code @Version} (an evaluation's, a
 * calibration's, an appeal's {@code lock_version}) no longer matched at the write. A 409, as for a stale
 * {@code lockVersion} sent by the client.
 */
public class StaleWriteMappers {

    private static final String DETAIL = "someone changed this record meanwhile; read it again and retry";

    @ServerExceptionMapper
    public Response stale(StaleStateException e) {
        return ProblemException.conflict(DETAIL).problem().toResponse();
    }

    @ServerExceptionMapper
    public Response staleJpa(OptimisticLockException e) {
        return ProblemException.conflict(DETAIL).problem().toResponse();
    }
}
