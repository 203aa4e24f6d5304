package io.callqa.feedback.floorwalks;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A floor-walk record (巡检): QA staff or a team lead walking the floor helped an agent with a hard question and
 * wrote down the issue (问题内容), the answer given on the spot (现场答复情况), a comment (点评), and whether it
 * showed a gap in the knowledge base.
 */
@Entity
@Table(name = "floor_walk")
public class FloorWalk extends PanacheEntityBase {

    @Id
    @Column(name = "floor_walk_id")
    public UUID floorWalkId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "team_id")
    public String teamId;
    @Column(name = "walked_at")
    public Instant walkedAt;
    public String issue;
    @Column(name = "answer_given")
    public String answerGiven;
    public String comment;
    @Column(name = "knowledge_gap")
    public boolean knowledgeGap;
    public String topic;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
