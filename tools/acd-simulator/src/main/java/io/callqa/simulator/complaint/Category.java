package io.callqa.simulator.complaint;

import java.util.List;
import java.util.SplittableRandom;

import io.callqa.simulator.records.Call;
import io.callqa.simulator.records.ServiceFaults;
import io.callqa.simulator.traffic.Draw;

/** What a complaint is about, following what happened in the call, with the summaries a ticket would carry. */
enum Category {
    SERVICE_ATTITUDE(List.of("客户反映座席服务态度差，使用服务禁语。", "客户反映座席语气生硬，多次反问客户。",
            "客户对座席的服务态度不满意，要求道歉。")),
    PRIVACY(List.of("客户反映座席在通话中读出其身份证号码，担心个人信息泄露。", "客户反映座席在通话中完整读出其银行卡号。")),
    LONG_WAIT(List.of("客户反映排队等待时间过长，多次来电未能接通。", "客户反映热线难以接通，等待超过五分钟。")),
    BUSINESS_ERROR(List.of("客户反映座席答复的资费信息与实际不符。", "客户反映座席办理业务有误，导致多扣费用。")),
    UNRESOLVED(List.of("客户反映问题多次来电仍未解决。", "客户反映座席承诺回电但一直未回电。"));

    private final List<String> summaries;

    Category(List<String> summaries) {
        this.summaries = summaries;
    }

    List<String> summaries() {
        return summaries;
    }

    static Category of(Call call, ServiceFaults faults, SplittableRandom random) {
        if (faults.readOutNumber()) {
            return PRIVACY;
        }
        if (faults.bannedPhrase() || faults.questionedBack()) {
            return SERVICE_ATTITUDE;
        }
        if (call.waitSeconds() > 60) {
            return LONG_WAIT;
        }
        return Draw.oneOf(random, List.of(BUSINESS_ERROR, UNRESOLVED, SERVICE_ATTITUDE));
    }
}
