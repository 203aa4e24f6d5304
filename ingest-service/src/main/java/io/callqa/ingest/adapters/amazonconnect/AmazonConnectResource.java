package io.callqa.ingest.adapters.amazonconnect;

import java.time.Clock;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;

import io.callqa.ingest.IngestConfig;
import io.callqa.ingest.intake.BatchResult;
import io.callqa.ingest.intake.CallIntake;
import io.callqa.ingest.intake.Candidate;
import io.callqa.ingest.intake.Rejection;
import io.callqa.ingest.intake.RequestLimits;
import io.callqa.ingest.intake.Source;
import io.callqa.ingest.publish.PublishFailedException;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Roles;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Amazon Connect contact trace records, posted directly or delivered by Kinesis Data Firehose. */
@Path("/api/v1/adapters/amazon-connect")
@RolesAllowed(Roles.ACD)
@Blocking
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AmazonConnectResource {

    private final CallIntake intake;
    private final RequestLimits limits;
    private final ContactRecordMapper mapper;
    private final Clock clock;

    public AmazonConnectResource(CallIntake intake, RequestLimits limits, IngestConfig config, Clock clock) {
        this.intake = intake;
        this.limits = limits;
        this.mapper = new ContactRecordMapper(config.amazonConnectWrapUpAttribute());
        this.clock = clock;
    }

    @POST
    @Path("/ctr")
    @Operation(summary = "Accept Amazon Connect contact trace records", description = "One CTR or an array. Each is "
            + "mapped to a call (ContactId, Queue, Agent, hierarchy group as team, DisconnectReason as releasedBy, "
            + "CustomerEndpoint as caller, recording, the configured wrap-up attribute), validated and published "
            + "once; a later LastUpdateTimestamp of the same contact replaces the earlier record. Answers like a "
            + "call batch.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, description = "a CTR or an array")))
    @APIResponse(responseCode = "200", description = "the records were processed",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    public Uni<BatchResult> contactTraceRecords(byte[] body) {
        limits.checkRequestSize(body.length);
        List<Candidate> candidates = ContactRecordBodies.read(body, mapper);
        limits.checkRecordCount(candidates.size());
        return intake.submit(Source.AMAZON_CONNECT, candidates).map(CallIntake.Outcome::result);
    }

    @POST
    @Path("/firehose")
    @Operation(summary = "Kinesis Data Firehose HTTP endpoint delivery of CTRs", description = "The Firehose "
            + "delivery request (base64 records, each one or more CTRs); the API key comes in "
            + "X-Amz-Firehose-Access-Key. Answers what Firehose expects: 200 {requestId, timestamp} once every valid "
            + "record is durably published (records that can never be valid are counted, logged and not retried); "
            + "on failure a non-200 with errorMessage (plus the problem fields), which Firehose retries.")
    @APIResponse(responseCode = "200", description = "delivered",
            content = @Content(schema = @Schema(implementation = FirehoseResponse.class)))
    @APIResponse(responseCode = "400", description = "not a Firehose delivery request")
    @APIResponse(responseCode = "503", description = "Kafka or the database unreachable; Firehose retries")
    public Uni<Response> firehose(byte[] body, @RestHeader("X-Amz-Firehose-Request-Id") String requestIdHeader) {
        try {
            limits.checkRequestSize(body.length);
            FirehoseDelivery delivery = FirehoseDelivery.parse(body);
            List<Candidate> candidates = delivery.candidates(mapper);
            limits.checkRecordCount(candidates.size());
            return intake.submit(Source.AMAZON_CONNECT, candidates)
                    .map(outcome -> delivered(delivery.requestId(), outcome.result()))
                    .onFailure(PublishFailedException.class)
                    .recoverWithItem(e -> FirehoseFailures.unavailable(delivery.requestId(),
                            (PublishFailedException) e, clock.instant()));
        } catch (ProblemException e) {
            return Uni.createFrom().item(FirehoseFailures.invalid(requestIdHeader, e, clock.instant()));
        }
    }

    private Response delivered(String requestId, BatchResult result) {
        for (Rejection rejected : result.rejected()) {
            Log.warnf("Firehose delivery %s: CTR %d (contact %s) cannot be published and is not retried: %s",
                    requestId, rejected.index(), rejected.callId(), rejected.errors());
        }
        return Response.ok(FirehoseResponse.success(requestId, clock.instant())).build();
    }
}
