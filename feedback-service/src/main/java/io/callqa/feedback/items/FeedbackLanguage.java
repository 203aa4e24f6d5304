package io.callqa.feedback.items;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.callqa.events.EvaluationReleased.Text;

/** The languages feedback is written in; zh-CN is the center's own. */
public enum FeedbackLanguage {

    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    FeedbackLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The language of a {@code lang} parameter (zh, zh-CN, en, en-GB…, any case); empty for anything else. */
    public static Optional<FeedbackLanguage> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(value.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> Locale.forLanguageTag(l.tag).getLanguage().equals(language))
                .findFirst();
    }

    String pick(Text text) {
        String chosen = this == ZH_CN ? text.zh() : text.en();
        return chosen != null ? chosen : (this == ZH_CN ? text.en() : text.zh());
    }
}
