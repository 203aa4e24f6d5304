package io.callqa.sampling.intervals;

import java.math.BigDecimal;
import java.time.Instant;

import io.callqa.events.IntervalEvent;
import io.callqa.events.IntervalEvent.Verdict;

/** An interval's stored figures; {@code previous*} are the figures before the statement that returned it. */
record IntervalRow(
        String scopeKey,
        String queueId,
        Instant startAt,
        Instant endAt,
        int lengthMinutes,
        int offered,
        int answeredWithin,
        int abandoned,
        int aheadOffered,
        int aheadAnsweredWithin,
        int aheadAbandoned,
        Verdict verdict,
        Instant closedAt,
        Integer previousOffered,
        Integer previousAnsweredWithin,
        Integer previousAbandoned) {

    /**
     * This interval as it closes: the figures of the calls every ordering of the stream has delivered when event
     * time passes its end, i.e. without the calls ahead (ended at or after the end plus the allowed lateness).
     */
    IntervalRow atClose() {
        return new IntervalRow(scopeKey, queueId, startAt, endAt, lengthMinutes, offered - aheadOffered,
                answeredWithin - aheadAnsweredWithin, abandoned - aheadAbandoned, 0, 0, 0, verdict, closedAt,
                previousOffered, previousAnsweredWithin, previousAbandoned);
    }

    /** This interval's figures as a change from {@code before}, which had {@code verdictBefore}. */
    IntervalRow after(IntervalRow before, Verdict verdictBefore) {
        return new IntervalRow(scopeKey, queueId, startAt, endAt, lengthMinutes, offered, answeredWithin, abandoned,
                aheadOffered, aheadAnsweredWithin, aheadAbandoned, verdictBefore, closedAt, before.offered(),
                before.answeredWithin(), before.abandoned());
    }

    ServiceLevel level() {
        return new ServiceLevel(offered, answeredWithin, abandoned);
    }

    boolean closed() {
        return closedAt != null;
    }

    boolean figuresChanged() {
        return previousOffered == null || previousOffered != offered || previousAnsweredWithin != answeredWithin
                || previousAbandoned != abandoned;
    }

    IntervalEvent.Figures figures(BigDecimal target) {
        return new IntervalEvent.Figures(offered, answeredWithin, abandoned, level().value().orElse(null), target,
                level().verdict(target));
    }

    Interval interval() {
        return new Interval(startAt, endAt);
    }
}
