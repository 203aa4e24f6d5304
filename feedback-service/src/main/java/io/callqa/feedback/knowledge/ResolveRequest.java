package io.callqa.feedback.knowledge;

import jakarta.validation.constraints.Size;

/** How the gap was closed, e.g. the knowledge-base article written for it. Optional. */
public record ResolveRequest(@Size(max = 4000) String note) {
}
