package io.callqa.feedback.coaching;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One exercise of a plan for one weak item: listen to an excellent recording of the item (with the library query
 * that finds them), study its knowledge point, or role-play it with the coach.
 */
public record PlanTask(UUID taskId, String itemId, TaskKind kind, String description, String link, boolean done,
        Instant doneAt, String doneBy) {

    /** The library query that lists excellent recordings of an item. */
    public static String libraryLink(String itemId) {
        return "/api/v1/library?item=" + URLEncoder.encode(itemId, StandardCharsets.UTF_8);
    }

    public static PlanTask of(String itemId, TaskKind kind, String description) {
        String text = description != null ? description : switch (kind) {
            case LISTEN_EXCELLENT -> "Listen to an excellent recording of item " + itemId;
            case STUDY_KNOWLEDGE -> "Study the knowledge point of item " + itemId;
            case ROLE_PLAY -> "Role-play item " + itemId + " with the coach";
        };
        return new PlanTask(UUID.randomUUID(), itemId, kind, text,
                kind == TaskKind.LISTEN_EXCELLENT ? libraryLink(itemId) : null, false, null, null);
    }

    /** The three default tasks of each item, item by item. */
    public static List<PlanTask> defaults(List<String> itemIds) {
        List<PlanTask> tasks = new ArrayList<>();
        for (String item : itemIds) {
            for (TaskKind kind : TaskKind.values()) {
                tasks.add(of(item, kind, null));
            }
        }
        return tasks;
    }

    PlanTask markedDone(String by, Instant at) {
        return new PlanTask(taskId, itemId, kind, description, link, true, at, by);
    }

    PlanTask edited(String newItem, TaskKind newKind, String newDescription) {
        PlanTask fresh = of(newItem, newKind, newDescription);
        return new PlanTask(taskId, newItem, newKind, fresh.description(), fresh.link(), done, doneAt, doneBy);
    }
}
