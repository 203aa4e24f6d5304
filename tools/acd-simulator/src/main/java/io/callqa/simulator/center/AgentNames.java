package io.callqa.simulator.center;

import java.util.List;
import java.util.SplittableRandom;

/** Plausible Chinese names for the roster: a common surname and a one- or two-character given name. */
final class AgentNames {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
            "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "英", "华", "玉", "兰", "萍", "红", "婷", "雪",
            "琳", "晨", "宇", "欣", "佳", "怡", "浩", "嘉");

    private AgentNames() {
    }

    static String draw(SplittableRandom random) {
        StringBuilder name = new StringBuilder(SURNAMES.get(random.nextInt(SURNAMES.size())));
        int length = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.get(random.nextInt(GIVEN.size())));
        }
        return name.toString();
    }
}
