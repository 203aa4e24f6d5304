package io.callqa.reporting.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A report's rows for CSV and for the tables of its HTML rendition: column headings and rows of plain values
 * (text, numbers, dates; null for none).
 */
public record Table(List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Builder of(String... columns) {
        return new Builder(Arrays.asList(columns));
    }

    /** Adds rows in order; each must have one value per column. */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            rows.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
            return this;
        }

        public Table build() {
            return new Table(columns, rows);
        }
    }
}
