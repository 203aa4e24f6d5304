package io.callqa.simulator.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.callqa.simulator.records.TranscriptLine.Speaker;

/** The conversations of {@code scripts.txt}, by ticket category; {@code CALLBACK} for an outbound callback. */
final class Scripts {

    static final String CALLBACK = "CALLBACK";
    static final String GENERIC = "BILLING.QUERY";

    record Line(Speaker speaker, String text) {
    }

    private final Map<String, List<List<Line>>> byCategory;

    private Scripts(Map<String, List<List<Line>>> byCategory) {
        this.byCategory = byCategory;
    }

    static Scripts load() {
        try (InputStream in = Scripts.class.getResourceAsStream("scripts.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<List<Line>>> scripts = new TreeMap<>();
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (!row.isBlank() && !row.startsWith("#")) {
                    String[] parts = row.split("\\|");
                    scripts.computeIfAbsent(parts[0], c -> new ArrayList<>()).add(lines(parts));
                }
            }
            return new Scripts(scripts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<List<Line>> forCategory(String category) {
        return byCategory.getOrDefault(category, byCategory.get(GENERIC));
    }

    private static List<Line> lines(String[] parts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            Speaker speaker = parts[i].startsWith("A:") ? Speaker.AGENT : Speaker.CUSTOMER;
            lines.add(new Line(speaker, parts[i].substring(2)));
        }
        return lines;
    }
}
