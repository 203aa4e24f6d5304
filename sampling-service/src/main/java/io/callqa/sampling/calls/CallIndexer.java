package io.callqa.sampling.calls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.callqa.events.CallEvent;
import io.callqa.events.CallRecorded;
import io.callqa.kit.persistence.Entities;
import io.callqa.sampling.samples.SampleSelector;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the call index: each call stored once by {@code callId}; a later record of the same call replaces the
 * stored one only when it is newer. Calls new or changed in the batch then go through the sampling rules.
 * Runs inside the batch's transaction.
 */
@ApplicationScoped
public class CallIndexer {

    private final SampleSelector selector;

    public CallIndexer(SampleSelector selector) {
        this.selector = selector;
    }

    public Uni<Void> index(List<CallEvent> events) {
        Map<String, CallRecorded> latest = events.stream()
                .map(CallRecorded.class::cast)
                .sorted(Comparator.comparing(CallRecorded::occurredAt))
                .collect(Collectors.toMap(CallRecorded::callId, Function.identity(), (a, b) -> b, LinkedHashMap::new));
        return IndexedCall.<IndexedCall>list("callId in ?1", List.copyOf(latest.keySet()))
                .chain(stored -> upsert(latest, stored))
                .chain(selector::select);
    }

    private Uni<List<IndexedCall>> upsert(Map<String, CallRecorded> latest, List<IndexedCall> stored) {
        Map<String, IndexedCall> byId = stored.stream().collect(Collectors.toMap(c -> c.callId, Function.identity()));
        List<IndexedCall> created = new ArrayList<>();
        List<IndexedCall> changed = new ArrayList<>();
        for (CallRecorded call : latest.values()) {
            IndexedCall existing = byId.get(call.callId());
            if (existing == null) {
                created.add(IndexedCall.of(call));
            } else if (existing.isOlderThan(call)) {
                existing.update(call);
                changed.add(existing);
            }
        }
        changed.addAll(created);
        return Entities.persistAll(created).replaceWith(changed);
    }
}
