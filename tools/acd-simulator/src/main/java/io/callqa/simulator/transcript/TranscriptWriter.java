package io.callqa.simulator.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.ServiceFaults;
import io.callqa.simulator.records.TranscriptLine;
import io.callqa.simulator.records.TranscriptLine.Speaker;
import io.callqa.simulator.traffic.Draw;
import io.callqa.simulator.transcript.Scripts.Line;

/**
 * A Chinese transcript for an answered call, as speech recognition would deliver it: the greeting (or a rude
 * opening instead), the conversation of the call's ticket category, the agent's slips the call was given, the
 * closing (or not), spread over the talk time.
 */
public final class TranscriptWriter {

    public static final String GREETING = "您好，很高兴为您服务";
    public static final String CLOSING = "感谢您的来电，祝您生活愉快";

    private static final List<String> RUDE_OPENINGS = List.of("喂。", "说吧，什么事？", "嗯，你讲。", "喂，哪位？");
    private static final List<String> SHORT_REPLIES = List.of("喂？喂？听得到吗？", "不好意思，打错了。",
            "我再想想，先挂了。", "没事了，我自己查到了。");

    private final Scripts scripts = Scripts.load();

    public List<TranscriptLine> write(Call call, ServiceFaults faults, SplittableRandom random) {
        if (!call.answered()) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        lines.add(opening(call, faults, random));
        if (call.talkSeconds() < 20) {
            lines.add(new Line(Speaker.CUSTOMER, Draw.oneOf(random, SHORT_REPLIES)));
        } else {
            lines.addAll(conversation(call, random));
            Slips.insert(lines, faults, random);
            lines.add(new Line(Speaker.AGENT, "请问还有其他可以帮您的吗？"));
            lines.add(new Line(Speaker.CUSTOMER, "没有了，谢谢。"));
            lines.add(new Line(Speaker.AGENT, faults.noClosing() ? "好，就这样吧。" : CLOSING + "，再见！"));
        }
        return timed(lines, call.talkSeconds() * 1000L, random);
    }

    private static Line opening(Call call, ServiceFaults faults, SplittableRandom random) {
        if (faults.noGreeting()) {
            return new Line(Speaker.AGENT, Draw.oneOf(random, RUDE_OPENINGS));
        }
        String rest = call.inbound()
                ? Draw.oneOf(random, List.of("，请问有什么可以帮您？", "，请问您需要办理什么业务？"))
                : "，这里是客服中心回访专线。";
        return new Line(Speaker.AGENT, GREETING + rest);
    }

    private List<Line> conversation(Call call, SplittableRandom random) {
        String category = call.inbound() ? call.wrapUpCode() : Scripts.CALLBACK;
        List<Line> lines = new ArrayList<>(Draw.oneOf(random, scripts.forCategory(category)));
        if (call.talkSeconds() < 60) {
            return new ArrayList<>(lines.subList(0, Math.min(2, lines.size())));
        }
        int fillers = Math.min(4, (call.talkSeconds() - 180) / 90);
        for (int i = 0; i < fillers; i++) {
            lines.addAll(1 + random.nextInt(lines.size()), Draw.oneOf(random, Slips.FILLERS));
        }
        return lines;
    }

    /**
     * Offsets spread evenly over the talk time with a little jitter, strictly increasing, all within it; the first
     * line within 1.5 s of the answer. A line stands for the speech until shortly before the next one (the script
     * holds fewer lines than a real conversation), so each ends 0.3–1.5 s before the next begins and the last one
     * with the talk time: the silences a recognizer would report are the natural turn-taking pauses.
     */
    private static List<TranscriptLine> timed(List<Line> lines, long talkMillis, SplittableRandom random) {
        long step = talkMillis / lines.size();
        long[] starts = new long[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            long spread = k == 0 ? Math.min(step / 3, 1_500) : step / 3;
            starts[k] = k * step + (spread > 0 ? random.nextLong(spread) : 0);
        }
        List<TranscriptLine> timed = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            long next = k + 1 < lines.size() ? starts[k + 1] : talkMillis;
            long end = Math.max(starts[k] + 1, next - 300 - random.nextLong(1_200));
            timed.add(new TranscriptLine(lines.get(k).speaker(), starts[k], Math.min(end, next), lines.get(k).text()));
        }
        return List.copyOf(timed);
    }
}
