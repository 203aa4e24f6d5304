package io.callqa.kit.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Idempotency by {@code eventId}: claims events for a consumer inside the caller's transaction and answers
 * which of them are new. Claimed and processed commit together, so a redelivered event is skipped and a
 * rolled-back one is tried again.
 */
@ApplicationScoped
public class Inbox {

    private static final String CLAIM = """
            insert into inbox (consumer, event_id, processed_at)
            select :consumer, cast(id as uuid), now() from unnest(string_to_array(:ids, ',')) as id
            on conflict do nothing
            returning cast(event_id as text)""";

    /** The ids among {@code eventIds} this consumer has not processed before, now claimed. */
    public Uni<Set<UUID>> claim(String consumer, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        String ids = eventIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM, String.class)
                        .setParameter("consumer", consumer)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(claimed -> claimed.stream().map(UUID::fromString).collect(Collectors.toCollection(HashSet::new)));
    }
}
