package org.selfeval.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Word lists the generator draws from; data, not logic. */
final class Vocabulary {

    static final List<String> REGIONS = List.of(
            "岳阳市君山区", "岳阳市岳阳楼区", "岳阳市云溪区", "岳阳市华容县", "岳阳市湘阴县", "岳阳市平江县",
            "岳阳市汨罗市", "岳阳市临湘市", "岳阳市岳阳县", "岳阳市屈原管理区", "常德市武陵区", "益阳市赫山区");

    static final List<String> DEPARTMENTS = List.of(
            "科技和工业信息化局", "财政局", "教育局", "农业农村局", "水利局", "自然资源局", "民政局",
            "人力资源和社会保障局", "卫生健康局", "文化旅游广电体育局", "司法局", "统计局", "林业局",
            "医疗保障局", "退役军人事务局", "应急管理局", "机关事务服务中心", "政务服务中心", "融媒体中心",
            "疾病预防控制中心", "人民政府办公室", "乡村振兴办", "信访局", "市场监督管理局");

    static final List<String> DUTIES = List.of(
            "负责贯彻执行国家、省、市有关方针政策和法律法规，拟订全区相关发展规划和政策措施，并组织实施",
            "负责本系统预算编制、执行和决算工作，加强资金使用管理和监督，提高财政资金使用效益",
            "负责统筹协调全区相关领域重大问题，会同有关部门健全工作机制，推进体制机制改革",
            "负责组织实施上级下达的专项计划项目，做好项目申报、实施、验收和绩效管理工作",
            "负责监测分析本行业运行态势，进行预测预警和信息引导，协调解决行业发展中的突出问题",
            "负责本系统安全生产、信访维稳和应急管理工作，指导相关单位加强风险防范和隐患排查",
            "负责推进本领域信息化建设，统筹数据资源共享和政务公开工作，提升公共服务水平",
            "负责本系统干部队伍建设和人才培养工作，建立健全考核评价和激励约束机制",
            "负责指导乡镇（街道）和所属单位开展相关业务工作，加强基层服务能力建设",
            "完成区委、区政府交办的其他任务，并按要求向上级主管部门报送工作情况和统计数据");

    static final List<String> PROJECTS = List.of(
            "业务工作经费", "专项工作经费", "信息化建设运维经费", "基层服务能力建设资金", "市级专项补助资金",
            "中央引导地方发展资金", "省级专项资金", "培训及宣传经费", "设备购置经费", "应急保障资金");

    static final List<String> PROBLEMS = List.of(
            "缺少专门的绩效管理人才。目前绩效管理工作主要由财务人员兼任，很多绩效目标专业性强，需要业务股室共同设计制定。",
            "预算编制有待更加细化、精准。预算编制和执行中仍存在编制不细、年中追加调整预算等现象，预算执行的准确性还有待加强。",
            "绩效目标设置不够科学。部分绩效指标以定性描述为主，可衡量性不强，难以全面反映资金使用效益。",
            "资金支付进度不均衡。受上级专项资金下达时间影响，部分项目资金集中在下半年支付，影响了整体执行进度。");

    static final List<String> MEASURES = List.of(
            "加强绩效管理培训，不断提升单位业务人员的预算绩效管理水平，做到专人负责、责任到人。",
            "根据绩效目标合理编制年度预算，结合上一年度预算执行情况科学测算，尽量减少调项和追加，保持预算执行的严肃性。",
            "细化量化绩效指标，突出核心指标，做到指标内涵明确、具体、可衡量。",
            "加快资金支付进度，建立预算执行定期通报机制，确保资金及时发挥效益。");

    /** Second-level output indicators with candidate third-level indicators (name, target, actual). */
    static final List<String[]> QUANTITY = List.of(
            new String[]{"完成年度重点工作任务", "≥10项", "12项"},
            new String[]{"组织业务培训", "≥4次", "5次"},
            new String[]{"指导企业争资争项", "≥20家", "22家"},
            new String[]{"开展督导检查", "≥6次", "8次"},
            new String[]{"服务群众人次", "≥2000人次", "2360人次"});
    static final List<String[]> QUALITY = List.of(
            new String[]{"项目验收合格率", "100%", "100%"},
            new String[]{"资金使用合规率", "100%", "100%"},
            new String[]{"工作任务完成率", "≥95%", "98%"});
    static final List<String[]> TIMELINESS = List.of(
            new String[]{"资金拨付及时率", "100%", "100%"},
            new String[]{"项目完成及时性", "按时完成", "按时完成"},
            new String[]{"信息报送及时率", "100%", "100%"});
    static final List<String[]> BENEFITS = List.of(
            new String[]{"经济效益指标", "促进区域经济发展", "有效促进"},
            new String[]{"社会效益指标", "提升公共服务水平", "有效提升"},
            new String[]{"生态效益指标", "改善生态环境", "有效改善"},
            new String[]{"可持续影响指标", "长效机制建设", "持续发挥作用"});

    private Vocabulary() {
    }

    static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** n distinct elements in their list order (so output reads naturally). */
    static <T> List<T> sample(Random rnd, List<T> from, int n) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            idx.add(i);
        }
        java.util.Collections.shuffle(idx, rnd);
        List<Integer> chosen = new ArrayList<>(idx.subList(0, Math.min(n, idx.size())));
        java.util.Collections.sort(chosen);
        return chosen.stream().map(from::get).toList();
    }
}
