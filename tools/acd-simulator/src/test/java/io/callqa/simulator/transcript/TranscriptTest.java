package io.callqa.simulator.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.callqa.simulator.Simulations;
import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.TranscriptLine;
import io.callqa.simulator.records.TranscriptLine.Speaker;

class TranscriptTest {

    private static final List<Call> ANSWERED = Simulations.collect(
            Simulations.scenario(50, Simulations.MONDAY, 3, 42, true)).answeredInbound();

    @Test
    void mostAgentsGreetAndCloseSomeDoNot() {
        double greeted = share(c -> firstAgentLine(c).startsWith(TranscriptWriter.GREETING));
        double closed = share(c -> c.talkSeconds() < 20 || lastLine(c).startsWith(TranscriptWriter.CLOSING));
        assertTrue(greeted > 0.88 && greeted < 0.98, "greeted: " + greeted);
        assertTrue(closed > 0.85 && closed < 0.97, "closed: " + closed);
    }

    @Test
    void bannedPhrasesQuestioningBackAndNumbersReadOutAreRareButPresent() {
        double banned = share(c -> agentSays(c, Slips.BANNED_PHRASES));
        double questioning = share(c -> agentSays(c, Slips.QUESTIONING_BACK));
        double numbers = share(c -> c.transcript().stream().anyMatch(l -> l.speaker() == Speaker.AGENT
                && (l.text().contains("身份证号码是") || l.text().contains("银行卡号是"))));
        assertTrue(banned > 0.005 && banned < 0.04, "banned phrases: " + banned);
        assertTrue(questioning > 0.005 && questioning < 0.05, "questioning back: " + questioning);
        assertTrue(numbers > 0.003 && numbers < 0.03, "numbers read out: " + numbers);
    }

    @Test
    void linesAreChineseAndInOrderWithinTheTalkTime() {
        for (Call call : ANSWERED) {
            long previous = -1;
            for (TranscriptLine line : call.transcript()) {
                assertTrue(line.offsetMs() > previous && line.offsetMs() < call.talkSeconds() * 1000L, call.callId());
                assertTrue(line.endOffsetMs() > line.offsetMs() && line.endOffsetMs() <= call.talkSeconds() * 1000L,
                        call.callId());
                assertTrue(line.text().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                        == Character.UnicodeScript.HAN), line.text());
                previous = line.offsetMs();
            }
            assertTrue(call.transcript().get(0).offsetMs() <= 1_500);
        }
    }

    @Test
    void readOutNumbersAreWellFormedIdCardsAndBankCards() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            String id = SpokenNumbers.idCard(random);
            assertTrue(id.matches("\\d{17}[\\dX]"), id);
            assertEquals(idCheck(id.substring(0, 17)), id.charAt(17), id);
            String card = SpokenNumbers.bankCard(random);
            assertTrue(card.matches("62\\d{17}"), card);
            assertTrue(luhnValid(card), card);
        }
        assertEquals('3', SpokenNumbers.luhnDigit("7992739871"));
    }

    @Test
    void numbersAreSpokenAsDigitsOrAsSpeechRecognitionWritesThem() {
        Set<String> forms = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            forms.add(SpokenNumbers.spoken("1380", new SplittableRandom(seed)));
        }
        assertEquals(Set.of("1380", "幺三八零"), forms);
    }

    @Test
    void abandonedCallsHaveNoTranscript() {
        Call abandoned = Simulations.collect(Simulations.scenario(50, Simulations.MONDAY, 1, 42, true)).inbound()
                .stream().filter(c -> !c.answered()).findFirst().orElseThrow();
        assertNull(abandoned.transcript());
    }

    private static boolean agentSays(Call call, List<String> phrases) {
        return call.transcript().stream().anyMatch(l -> l.speaker() == Speaker.AGENT && phrases.contains(l.text()));
    }

    private static String firstAgentLine(Call call) {
        return call.transcript().stream().filter(l -> l.speaker() == Speaker.AGENT).findFirst().orElseThrow().text();
    }

    private static String lastLine(Call call) {
        return call.transcript().get(call.transcript().size() - 1).text();
    }

    private static char idCheck(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static boolean luhnValid(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return sum % 10 == 0;
    }

    private static double share(Predicate<Call> which) {
        return ANSWERED.stream().filter(which).count() / (double) ANSWERED.size();
    }
}
