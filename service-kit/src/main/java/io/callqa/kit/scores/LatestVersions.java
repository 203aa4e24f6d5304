package io.callqa.kit.scores;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** An evaluation may be revised: reports and files count only its newest version. */
public final class LatestVersions {

    private LatestVersions() {
    }

    /** The newest version of each evaluation among {@code records}, in their first-seen order. */
    public static <T, K> List<T> of(List<T> records, Function<T, K> evaluation, ToIntFunction<T> version) {
        Map<K, T> latest = new LinkedHashMap<>();
        for (T record : records) {
            latest.merge(evaluation.apply(record), record,
                    (a, b) -> version.applyAsInt(b) > version.applyAsInt(a) ? b : a);
        }
        return List.copyOf(latest.values());
    }
}
