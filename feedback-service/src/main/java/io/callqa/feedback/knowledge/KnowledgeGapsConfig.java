package io.callqa.feedback.knowledge;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qa.feedback.knowledge-gaps.*}: which deductions reveal a gap in the knowledge base. */
@ConfigMapping(prefix = "qa.feedback.knowledge-gaps")
public interface KnowledgeGapsConfig {

    /**
     * Reason codes of an item result that mean the answer was not backed by the knowledge base; the default
     * scorecard's B1 reason 未以知识库为支撑.
     */
    @WithDefault("NO_KNOWLEDGE_BASE")
    Set<String> reasons();
}
