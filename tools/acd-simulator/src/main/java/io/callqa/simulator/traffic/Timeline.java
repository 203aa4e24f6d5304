package io.callqa.simulator.traffic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The period's calls and complaints in the order they fall due, generated a day at a time: a day is generated only
 * when nothing already known is due before it starts (a call of a day ends at or after that day's start, a complaint
 * after its call), so at most about two days are in memory. On a tie, a call comes before a complaint.
 */
public final class Timeline implements Iterator<Event> {

    private static final Comparator<Event> ORDER = Comparator.comparing(Event::due)
            .thenComparing(e -> e.isCall() ? 0 : 1)
            .thenComparing(Event::id);

    private final DayGenerator generator;
    private final ZoneId zone;
    private final LocalDate last;
    private final PriorityQueue<Event> pending = new PriorityQueue<>(ORDER);
    private LocalDate next;

    public Timeline(DayGenerator generator, Scenario scenario) {
        this.generator = generator;
        this.zone = scenario.zone();
        this.last = scenario.end();
        this.next = scenario.start();
    }

    @Override
    public boolean hasNext() {
        fill();
        return !pending.isEmpty();
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    /** When the next event is due, without taking it; null at the end. */
    public Instant peekDue() {
        return hasNext() ? pending.peek().due() : null;
    }

    private void fill() {
        while (!next.isAfter(last) && (pending.isEmpty() || !pending.peek().due().isBefore(startOf(next)))) {
            DayTraffic day = generator.generate(next);
            day.calls().forEach(call -> pending.add(Event.of(call)));
            day.complaints().forEach(complaint -> pending.add(Event.of(complaint)));
            next = next.plusDays(1);
        }
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
