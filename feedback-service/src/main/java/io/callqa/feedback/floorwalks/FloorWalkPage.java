package io.callqa.feedback.floorwalks;

import java.util.List;

/** One page of floor walks, newest first; {@code total} counts every match. */
public record FloorWalkPage(List<FloorWalkView> floorWalks, int page, int size, long total) {
}
