package io.callqa.sampling.intervals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.callqa.kit.center.CenterConfig;
import io.callqa.sampling.store.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A local day is complete when the watermark passes its end. Each completed day is recorded once in
 * {@code completed_day}, so its daily jobs run exactly once whatever the number of instances.
 */
@ApplicationScoped
public class CompletedDays {

    private static final String LAST = "select max(day) as day from completed_day";

    private static final String COMPLETE = """
            insert into completed_day (day, completed_at)
            select d, now() from json_array_elements_text(cast(cast(:days as text) as json)) as t(d_text),
                 lateral (select cast(d_text as date) as d) x
            on conflict do nothing
            returning day""";

    private final IntervalGrid grid;

    public CompletedDays(CenterConfig center, SlaConfig sla) {
        this.grid = new IntervalGrid(center.zone(), sla.intervalMinutes());
    }

    record Day(LocalDate day) {
    }

    /** The days this watermark completes that were not complete before, oldest first. */
    public Uni<List<LocalDate>> completeUpTo(EventTime.Mark mark) {
        if (mark.value() == null || mark.daysFrom() == null) {
            return Uni.createFrom().item(List.of());
        }
        return Sql.rows(LAST, Day.class).chain(last -> {
            LocalDate from = last.get(0).day() == null ? mark.daysFrom() : last.get(0).day().plusDays(1);
            List<String> days = new ArrayList<>();
            for (LocalDate d = from; !grid.dayEnd(d).isAfter(mark.value()); d = d.plusDays(1)) {
                days.add(d.toString());
            }
            return days.isEmpty() ? Uni.createFrom().item(List.<LocalDate>of())
                    : Sql.rows(COMPLETE, Day.class, "days", Sql.json(days))
                            .map(done -> done.stream().map(Day::day).sorted().toList());
        });
    }
}
