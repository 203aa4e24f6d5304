package io.callqa.feedback.appeals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.callqa.kit.problem.ProblemException;

/**
 * When an agent may appeal (申诉): within the window after receiving the evaluation, not once they acknowledged it,
 * one open appeal at a time and at most {@code maxAppeals} per evaluation. Plain Java; 409 stating the rule broken.
 */
public record AppealRules(Duration window, int maxAppeals) {

    public Instant deadline(Instant receivedAt) {
        return receivedAt.plus(window);
    }

    /** Appeals still allowed on the evaluation, given those already filed. */
    public int left(List<Appeal> filed) {
        return Math.max(0, maxAppeals - filed.size());
    }

    public void checkMayAppeal(Instant receivedAt, Instant acknowledgedAt, List<Appeal> filed, Instant now) {
        Instant deadline = deadline(receivedAt);
        if (now.isAfter(deadline)) {
            throw ProblemException.conflict("the appeal window closed at " + deadline + " (" + window.toDays()
                    + " days after the evaluation was received at " + receivedAt + ")");
        }
        if (acknowledgedAt != null) {
            throw ProblemException.conflict("the feedback was acknowledged at " + acknowledgedAt
                    + "; an acknowledged evaluation cannot be appealed");
        }
        filed.stream().filter(a -> a.state().open()).findFirst().ifPresent(open -> {
            throw ProblemException.conflict("appeal " + open.id + " of this evaluation is still " + open.state
                    + "; one appeal at a time");
        });
        if (filed.size() >= maxAppeals) {
            throw ProblemException.conflict("this evaluation was already appealed " + filed.size()
                    + " times, the most allowed");
        }
    }
}
