package io.callqa.scoring.scorecards;

import java.io.Serializable;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.callqa.events.EventJson;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A stored scorecard version; its definition is the {@link Scorecard} as JSON and never changes. */
@Entity
@Table(name = "scorecard_version")
@IdClass(ScorecardVersion.Key.class)
public class ScorecardVersion extends PanacheEntityBase {

    @Id
    @Column(name = "scorecard_id")
    public String scorecardId;
    @Id
    public int version;
    @Column(columnDefinition = "text")
    public String definition;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public record Key(String scorecardId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    static ScorecardVersion of(Scorecard card, String by, Instant at) {
        ScorecardVersion stored = new ScorecardVersion();
        stored.scorecardId = card.id();
        stored.version = card.version();
        stored.definition = write(card);
        stored.createdBy = by;
        stored.createdAt = at;
        return stored;
    }

    public Scorecard scorecard() {
        try {
            return EventJson.mapper().readValue(definition, Scorecard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scorecard " + scorecardId + " v" + version, e);
        }
    }

    static String write(Scorecard card) {
        try {
            return EventJson.mapper().writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
