package io.callqa.simulator.transcript;

import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.records.ServiceFaults;
import io.callqa.simulator.records.TranscriptLine.Speaker;
import io.callqa.simulator.traffic.Draw;
import io.callqa.simulator.transcript.Scripts.Line;

/** What QA listens for, put into the conversation: banned phrases (服务禁语), questioning back (反问), numbers read out. */
final class Slips {

    static final List<String> BANNED_PHRASES = List.of("这个我不知道。", "你自己去查。", "不归我管。",
            "这是公司规定，我也没办法。", "你问我，我问谁？");
    static final List<String> QUESTIONING_BACK = List.of("您刚才没听清楚吗？", "难道我说的你还不明白吗？",
            "我不是已经跟您说过了吗？", "这个还要我再说一遍吗？");
    static final List<List<Line>> FILLERS = List.of(
            List.of(new Line(Speaker.AGENT, "请您稍等，我这边帮您核实一下。"), new Line(Speaker.CUSTOMER, "好的。")),
            List.of(new Line(Speaker.AGENT, "感谢您的耐心等待。"), new Line(Speaker.CUSTOMER, "嗯。")),
            List.of(new Line(Speaker.CUSTOMER, "还要多久啊？"), new Line(Speaker.AGENT, "马上就好，请您再稍等一下。")),
            List.of(new Line(Speaker.CUSTOMER, "你再说一遍，刚才没听清。"), new Line(Speaker.AGENT, "好的，我再给您说明一下。")));

    private Slips() {
    }

    static void insert(List<Line> lines, ServiceFaults faults, SplittableRandom random) {
        if (faults.readOutNumber()) {
            lines.addAll(somewhere(lines, random), readOut(random));
        }
        if (faults.questionedBack()) {
            lines.addAll(somewhere(lines, random), List.of(
                    new Line(Speaker.AGENT, Draw.oneOf(random, QUESTIONING_BACK)),
                    new Line(Speaker.CUSTOMER, "你这是什么语气？")));
        }
        if (faults.bannedPhrase()) {
            lines.addAll(somewhere(lines, random), List.of(
                    new Line(Speaker.AGENT, Draw.oneOf(random, BANNED_PHRASES)),
                    new Line(Speaker.CUSTOMER, "你这是什么态度？")));
        }
    }

    private static List<Line> readOut(SplittableRandom random) {
        boolean idCard = random.nextBoolean();
        String number = idCard ? SpokenNumbers.idCard(random) : SpokenNumbers.bankCard(random);
        String what = idCard ? "身份证号码" : "银行卡号";
        return List.of(
                new Line(Speaker.AGENT, "我跟您核对一下，您的" + what + "是" + SpokenNumbers.spoken(number, random) + "，对吗？"),
                new Line(Speaker.CUSTOMER, "对的。"));
    }

    /** Anywhere after the opening line. */
    private static int somewhere(List<Line> lines, SplittableRandom random) {
        return 1 + random.nextInt(lines.size());
    }
}
