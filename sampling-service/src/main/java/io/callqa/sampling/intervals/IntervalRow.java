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
        Verdict verdict,
        Instant closedAt,
        Integer previousOffered,
        Integer previousAnsweredWithin,
        Integer previousAbandoned) {

    /** This interval with other figures (counted at closing), as stored before this statement. */
    IntervalRow withFigures(ServiceIntervals.Figures figures) {
        return new IntervalRow(scopeKey, queueId, startAt, endAt, lengthMinutes, figures.offered(),
                figures.answeredWithin(), figures.abandoned(), verdict, closedAt, previousOffered,
                previousAnsweredWithin, previousAbandoned);
    }

    /** This interval's figures as a change from {@code before}, which had {@code verdictBefore}. */
    IntervalRow after(IntervalRow before, Verdict verdictBefore) {
        return new IntervalRow(scopeKey, queueId, startAt, endAt, lengthMinutes, offered, answeredWithin, abandoned,
                verdictBefore, closedAt, before.offered(), before.answeredWithin(), before.abandoned());
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
