package io.callqa.feedback.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.callqa.events.ExcellentRecordingApproved;
import io.callqa.feedback.samples.SampleRef;
import io.callqa.feedback.samples.SampleRefs;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * A QA lead's decision on a PENDING nomination, in the caller's transaction. Approval adds the recording to the
 * library with the call's queue, wrap-up code and recording (from the sample, when it was seen) and the bonus
 * points, and publishes {@code ExcellentRecordingApproved} through the outbox; rejection records the reason.
 */
@ApplicationScoped
public class NominationService {

    private final LibraryConfig config;
    private final SampleRefs samples;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry registry;

    public NominationService(LibraryConfig config, SampleRefs samples, Outbox outbox, Clock clock,
            MeterRegistry registry) {
        this.config = config;
        this.samples = samples;
        this.outbox = outbox;
        this.clock = clock;
        this.registry = registry;
    }

    public Uni<LibraryEntry> approve(UUID nominationId, ApprovalRequest request, String lead) {
        return pending(nominationId).chain(n -> {
            List<String> items = ExemplifiedItems.resolve(request.items(), n.items, n.evaluationId);
            return samples.find(n.sampleId, n.callId).chain(ref -> {
                LibraryEntry entry = entry(n, items, request.note(), ref.orElse(null), lead);
                decide(n, Nomination.Status.APPROVED, lead, request.note());
                return entry.<LibraryEntry>persist()
                        .call(() -> outbox.add(event(entry)))
                        .invoke(() -> counted("APPROVED"));
            });
        });
    }

    public Uni<Nomination> reject(UUID nominationId, RejectionRequest request, String lead) {
        return pending(nominationId).invoke(n -> {
            decide(n, Nomination.Status.REJECTED, lead, request.reason().trim());
            counted("REJECTED");
        });
    }

    private static Uni<Nomination> pending(UUID nominationId) {
        return Nomination.<Nomination>findById(nominationId, LockModeType.PESSIMISTIC_WRITE).invoke(n -> {
            if (n == null) {
                throw ProblemException.notFound("no nomination " + nominationId);
            }
            if (!n.is(Nomination.Status.PENDING)) {
                throw ProblemException.conflict("nomination " + nominationId + " is " + n.status
                        + (n.decidedBy != null ? " (by " + n.decidedBy + " at " + n.decidedAt + ")" : "")
                        + ", not PENDING");
            }
        });
    }

    private void decide(Nomination n, Nomination.Status status, String lead, String note) {
        n.status = status.name();
        n.decidedBy = lead;
        n.decidedAt = clock.instant();
        n.decisionNote = note;
    }

    private LibraryEntry entry(Nomination n, List<String> items, String note, SampleRef ref, String lead) {
        LibraryEntry e = new LibraryEntry();
        e.recordingId = UUID.randomUUID();
        e.nominationId = n.nominationId;
        e.evaluationId = n.evaluationId;
        e.evaluationVersion = n.evaluationVersion;
        e.callId = n.callId;
        e.agentId = n.agentId;
        e.teamId = n.teamId;
        e.items = new ArrayList<>(items);
        e.wrapUpCode = ref == null ? null : ref.wrapUpCode;
        e.queueId = ref == null ? null : ref.queueId;
        e.recordingUri = ref == null ? null : ref.recordingUri;
        e.totalScore = n.totalScore;
        e.note = note == null || note.isBlank() ? null : note.trim();
        e.bonusPoints = config.bonusPoints();
        e.approvedBy = lead;
        e.approvedAt = clock.instant();
        return e;
    }

    private static ExcellentRecordingApproved event(LibraryEntry e) {
        return new ExcellentRecordingApproved(UUID.randomUUID(), e.approvedAt, e.recordingId, e.evaluationId,
                e.evaluationVersion, e.callId, e.agentId, e.teamId, e.items, e.queueId, e.wrapUpCode, e.recordingUri,
                e.totalScore, e.bonusPoints, e.approvedBy, e.approvedAt);
    }

    private void counted(String decision) {
        Transactions.afterCommit(() -> registry.counter("qa.feedback.library.decided", "decision", decision)
                .increment());
    }
}
