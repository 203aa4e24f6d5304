package io.callqa.scoring.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseListTest {

    @Test
    void punctuationAndSpacesBetweenChineseCharactersDoNotMatter() {
        PhraseList list = new PhraseList(List.of("你问我，我问谁", "不归我管"));
        assertEquals(List.of("你问我，我问谁", "不归我管"), list.foundIn("你问我 我问谁？这 不归我管。"));
    }

    @Test
    void latinPhrasesMatchWholeWordsIgnoringCase() {
        PhraseList list = new PhraseList(List.of("bye", "not my problem"));
        assertTrue(list.anyIn("OK, Bye!"));
        assertFalse(list.anyIn("maybe tomorrow"));
        assertTrue(list.anyIn("That's NOT my problem."));
        assertFalse(list.anyIn("not my problems list"));
    }

    @Test
    void typographicApostrophesReadAsPlainOnes() {
        assertTrue(new PhraseList(List.of("that's your problem")).anyIn("That’s your problem."));
    }

    @Test
    void blankPhrasesNeverMatch() {
        assertFalse(new PhraseList(List.of("", " ", "，")).anyIn("任何话"));
    }
}
