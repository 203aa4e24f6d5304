package io.callqa.reporting.bulletin;

import java.time.Clock;
import java.time.LocalDate;

import io.callqa.kit.center.CenterConfig;
import io.callqa.reporting.periods.Period;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Generates bulletins: once per week for the schedule ({@link #generateIfMissing}: kept as first generated, by
 * {@code schedule}), and again on request ({@link #regenerate}). Counted in
 * {@code qa.reporting.bulletins.generated{by=schedule|request}}.
 */
@ApplicationScoped
public class BulletinGenerator {

    public static final String SCHEDULE = "schedule";

    private final BulletinFacts facts;
    private final BulletinStore store;
    private final BulletinConfig config;
    private final CenterConfig center;
    private final MeterRegistry registry;
    private final Clock clock;

    public BulletinGenerator(BulletinFacts facts, BulletinStore store, BulletinConfig config, CenterConfig center,
            MeterRegistry registry, Clock clock) {
        this.facts = facts;
        this.store = store;
        this.config = config;
        this.center = center;
        this.registry = registry;
        this.clock = clock;
    }

    public BulletinWeeks weeks() {
        return new BulletinWeeks(center.zone(), config.dueAt());
    }

    /** The bulletin of the week starting {@code monday}, unless it exists; true when this call generated it. */
    public Uni<Boolean> generateIfMissing(LocalDate monday) {
        Period week = Period.weekOf(monday);
        return Panache.withTransaction(() -> store.find(monday).chain(found -> found != null
                ? Uni.createFrom().item(false)
                : build(week).chain(b -> store.insertIfMissing(monday, b, SCHEDULE, clock.instant()))))
                .invoke(generated -> {
                    if (generated) {
                        registry.counter("qa.reporting.bulletins.generated", "by", SCHEDULE).increment();
                    }
                });
    }

    /** Generates the week's bulletin anew (or for the first time) on behalf of {@code by}. */
    public Uni<StoredBulletin> regenerate(Period week, String by) {
        return Panache.withTransaction(() -> build(week)
                        .chain(b -> store.replace(week.start(), b, by, clock.instant())))
                .invoke(() -> registry.counter("qa.reporting.bulletins.generated", "by", "request").increment())
                .chain(() -> Panache.withSession(() -> store.find(week.start())));
    }

    private Uni<Bulletin> build(Period week) {
        BulletinContent.Limits limits = new BulletinContent.Limits(config.topItems(), config.examplesPerItem(),
                config.commentsPerItem());
        return facts.of(week).map(f -> BulletinContent.of(week, f, limits));
    }
}
