package io.callqa.feedback.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.callqa.events.SampleEvent;
import io.callqa.events.SampleSelected;
import io.callqa.events.SampleUpdated;
import io.callqa.kit.persistence.Entities;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps one {@link SampleRef} per sample: the first {@code SampleSelected} of a sample makes it (a repeat changes
 * nothing); a {@code SampleUpdated} brings the agent, team and queue up to date, the only things it carries that
 * are kept here. In the caller's transaction.
 */
@ApplicationScoped
public class SampleRefs {

    /** Applies one poll's new events. */
    public Uni<Void> apply(List<SampleEvent> events) {
        List<UUID> ids = events.stream().map(SampleRefs::sampleId).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return SampleRef.<SampleRef>list("sampleId in ?1", ids).chain(stored -> {
            Map<UUID, SampleRef> known = new LinkedHashMap<>();
            stored.forEach(r -> known.put(r.sampleId, r));
            Map<UUID, SampleRef> fresh = new LinkedHashMap<>();
            for (SampleEvent event : events) {
                apply(event, known, fresh);
            }
            return Entities.persistAll(fresh.values());
        });
    }

    /** The sample's reference, or else the newest one of the call; empty when neither was ever sampled here. */
    public Uni<Optional<SampleRef>> find(UUID sampleId, String callId) {
        Uni<SampleRef> bySample = sampleId == null ? Uni.createFrom().nullItem() : SampleRef.findById(sampleId);
        return bySample.chain(ref -> ref != null ? Uni.createFrom().item(ref)
                : SampleRef.<SampleRef>find("callId = ?1 order by selectedAt desc", callId).firstResult())
                .map(Optional::ofNullable);
    }

    private static void apply(SampleEvent event, Map<UUID, SampleRef> known, Map<UUID, SampleRef> fresh) {
        if (event instanceof SampleSelected selected) {
            if (!known.containsKey(selected.sampleId()) && !fresh.containsKey(selected.sampleId())) {
                fresh.put(selected.sampleId(), SampleRef.of(selected));
            }
        } else if (event instanceof SampleUpdated updated) {
            SampleRef ref = known.getOrDefault(updated.sampleId(), fresh.get(updated.sampleId()));
            if (ref != null) {
                ref.agentId = updated.agentId() != null ? updated.agentId() : ref.agentId;
                ref.teamId = updated.teamId() != null ? updated.teamId() : ref.teamId;
                ref.queueId = updated.queueId() != null ? updated.queueId() : ref.queueId;
            }
        }
    }

    private static UUID sampleId(SampleEvent event) {
        return event instanceof SampleSelected s ? s.sampleId() : ((SampleUpdated) event).sampleId();
    }
}
