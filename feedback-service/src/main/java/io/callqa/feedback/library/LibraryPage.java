package io.callqa.feedback.library;

import java.util.List;

/** One page of library recordings, newest approval first; {@code total} counts every match. */
public record LibraryPage(List<LibraryEntryView> entries, int page, int size, long total) {
}
