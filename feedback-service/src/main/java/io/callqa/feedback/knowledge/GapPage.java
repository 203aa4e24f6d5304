package io.callqa.feedback.knowledge;

import java.util.List;

/** One page of knowledge gaps, newest first; {@code total} counts every match. */
public record GapPage(List<GapView> gaps, int page, int size, long total) {
}
