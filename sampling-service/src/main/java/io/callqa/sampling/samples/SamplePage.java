package io.callqa.sampling.samples;

import java.util.List;

/** One page of samples, newest {@code selectedAt} first; {@code total} counts every sample the filters match. */
public record SamplePage(List<SampleView> items, int page, int size, long total) {
}
