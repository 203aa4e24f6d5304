package io.callqa.ingest.intake;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.callqa.kit.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * Refuses a body announced larger than {@code qa.ingest.limits.max-request-bytes} before reading it, with a
 * problem+json 413 (resources check the length again for chunked bodies).
 */
public class BodySizeFilter {

    private final RequestLimits limits;

    public BodySizeFilter(RequestLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        try {
            limits.checkRequestSize(request.getLength());
            return null;
        } catch (ProblemException e) {
            return e.problem().toResponse();
        }
    }
}
