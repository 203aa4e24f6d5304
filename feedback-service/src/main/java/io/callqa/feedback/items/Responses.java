package io.callqa.feedback.items;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.callqa.events.AppealFiled;
import io.callqa.feedback.appeals.Appeal;
import io.callqa.feedback.appeals.AppealRequest;
import io.callqa.feedback.appeals.AppealRules;
import io.callqa.feedback.files.FileEntry;
import io.callqa.kit.outbox.Outbox;
import io.callqa.kit.persistence.Transactions;
import io.callqa.kit.problem.ProblemException;
import io.callqa.kit.security.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * The agent's answer to a feedback item: acknowledge it, or appeal within the window, which publishes
 * {@code AppealFiled} through the outbox in the same transaction. Only the agent the feedback is about may answer
 * (403 for anyone else, whatever their role). The item is locked, so two answers to it never race.
 */
@ApplicationScoped
public class Responses {

    private final Outbox outbox;
    private final Clock clock;
    private final FeedbackConfig config;
    private final MeterRegistry registry;

    public Responses(Outbox outbox, Clock clock, FeedbackConfig config, MeterRegistry registry) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.registry = registry;
    }

    AppealRules rules() {
        return new AppealRules(config.appealWindow(), config.maxAppeals());
    }

    Uni<FeedbackItem> acknowledge(UUID feedbackId, Caller caller) {
        return ownItem(feedbackId, caller)
                .chain(item -> appeals(item).map(appeals -> {
                    if (item.acknowledged()) {
                        throw ProblemException.conflict("already acknowledged at " + item.acknowledgedAt);
                    }
                    appeals.stream().filter(a -> a.state().open()).findFirst().ifPresent(open -> {
                        throw ProblemException.conflict("appeal " + open.id + " is " + open.state
                                + "; acknowledge once it is decided");
                    });
                    item.acknowledgedAt = clock.instant();
                    item.acknowledgedBy = caller.id();
                    Transactions.afterCommit(() -> registry.counter("qa.feedback.acknowledged").increment());
                    return item;
                }));
    }

    Uni<Appeal> appeal(UUID feedbackId, AppealRequest request, Caller caller) {
        if (request == null) {
            throw ProblemException.invalid("disputedItems", "send the items you dispute and your reason");
        }
        return ownItem(feedbackId, caller).chain(item -> appeals(item).chain(filed -> {
            Instant now = clock.instant();
            rules().checkMayAppeal(item.releasedAt, item.acknowledgedAt, filed, now);
            return current(item).chain(evaluation -> {
                Set<String> items = evaluation.items.stream().map(i -> i.itemId()).collect(Collectors.toSet());
                request.check(items);
                Appeal appeal = filedAppeal(item, request, now);
                return appeal.<Appeal>persist()
                        .chain(() -> outbox.add(new AppealFiled(UUID.randomUUID(), now, appeal.id,
                                appeal.evaluationId, appeal.evaluationVersion, appeal.agentId, appeal.teamId,
                                appeal.disputedItems, appeal.reason, now)))
                        .invoke(() -> Transactions.afterCommit(() -> registry.counter("qa.feedback.appeals.filed")
                                .increment()))
                        .replaceWith(appeal);
            });
        }));
    }

    private static Appeal filedAppeal(FeedbackItem item, AppealRequest request, Instant now) {
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID();
        appeal.feedbackId = item.id;
        appeal.evaluationId = item.evaluationId;
        appeal.evaluationVersion = item.evaluationVersion;
        appeal.agentId = item.agentId;
        appeal.teamId = item.teamId;
        appeal.disputedItems = List.copyOf(request.disputedItems());
        appeal.reason = request.reason().strip();
        appeal.state = Appeal.State.FILED.name();
        appeal.filedAt = now;
        return appeal;
    }

    /** The item, locked for this transaction; 404 unknown, 403 when it is not the caller's own feedback. */
    private static Uni<FeedbackItem> ownItem(UUID feedbackId, Caller caller) {
        return FeedbackItem.<FeedbackItem>findById(feedbackId, LockModeType.PESSIMISTIC_WRITE).invoke(item -> {
            if (item == null) {
                throw ProblemException.notFound("no feedback " + feedbackId);
            }
            if (!item.agentId.equals(caller.scope().agentFilter())) {
                throw ProblemException.forbidden("only agent " + item.agentId + " may answer this feedback");
            }
        });
    }

    static Uni<List<Appeal>> appeals(FeedbackItem item) {
        return Appeal.<Appeal>list("evaluationId = ?1 order by filedAt", item.evaluationId);
    }

    /** The QA file's entry of the version the item stands for. */
    static Uni<FileEntry> current(FeedbackItem item) {
        return FileEntry.<FileEntry>find("evaluationId = ?1 and version = ?2", item.evaluationId,
                item.evaluationVersion).firstResult().invoke(e -> {
                    if (e == null) {
                        throw new IllegalStateException("feedback " + item.id + " has no filed evaluation version "
                                + item.evaluationVersion);
                    }
                });
    }
}
