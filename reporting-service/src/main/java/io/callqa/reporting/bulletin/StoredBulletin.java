package io.callqa.reporting.bulletin;

import java.time.Instant;
import java.time.LocalDate;

/** A bulletin as kept: when and by whom it was (re)generated, how often, and its content. */
public record StoredBulletin(String week, LocalDate weekStart, Instant firstGeneratedAt, Instant generatedAt,
        String generatedBy, int version, Bulletin content) {

    /** The entry of the published list (without the content). */
    public record Entry(String week, LocalDate weekStart, LocalDate weekEnd, Instant firstGeneratedAt,
            Instant generatedAt, String generatedBy, int version) {
    }
}
