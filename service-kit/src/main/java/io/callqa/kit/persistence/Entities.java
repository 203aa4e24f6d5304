package io.callqa.kit.persistence;

import java.util.Collection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Persistence helpers Panache lacks. */
public final class Entities {

    private Entities() {
    }

    /** Persists every entity in the current session (one batch at flush); nothing at all for an empty list. */
    public static Uni<Void> persistAll(Collection<?> entities) {
        return entities.isEmpty()
                ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(session -> session.persistAll(entities.toArray()));
    }
}
