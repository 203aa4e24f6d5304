package io.callqa.feedback.library;

import java.util.List;

/** One page of nominations, newest first; {@code total} counts every match. */
public record NominationPage(List<NominationView> nominations, int page, int size, long total) {
}
