package io.callqa.simulator.cli;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** The given option values, typed, with messages that name the option. */
record OptionValues(Map<String, String> given) {

    boolean flag(String name) {
        return given.containsKey(name);
    }

    int integer(String name, int fallback, int min, int max) {
        long value = longValue(name, fallback);
        if (value < min || value > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max);
        }
        return (int) value;
    }

    long longValue(String name, long fallback) {
        String text = given.get(name);
        try {
            return text == null ? fallback : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, not '" + text + "'");
        }
    }

    Double positive(String name) {
        String text = given.get(name);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new UsageException("--" + name + " takes a positive number, not '" + text + "'");
    }

    LocalDate date(String name, LocalDate fallback) {
        String text = given.get(name);
        try {
            return text == null ? fallback : LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            throw new UsageException("--" + name + " takes a date like 2026-11-01, not '" + text + "'");
        }
    }

    ZoneId zone(String name, ZoneId fallback) {
        String text = given.get(name);
        try {
            return text == null ? fallback : ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new UsageException("--" + name + " takes a time zone like Asia/Shanghai, not '" + text + "'");
        }
    }

    URI url(String name, URI fallback) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            URI uri = URI.create(text.trim().replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message
        }
        throw new UsageException("--" + name + " takes an http(s) URL like http://localhost:8081, not '" + text + "'");
    }
}
