package org.jixiao.demo;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * Target tables written from the real documents (seeds 000–002), for demonstrations, screenshots and
 * tests. The first two satisfy every rule of the 2025 template; the third carries the kind of
 * mistakes real tables contain.
 */
public final class DemoTables {

    private static final String BY_YEAR_END = "12月底前";

    private DemoTables() {
    }

    /** 泉州半导体高新区管委会 2025 (seed 000): 重点 3 项 15 分, 常规 14 项 55 分. */
    public static TargetTable semiconductorPark(long cycleId, long unitId, TableTemplate template) {
        Owner economy = owner("经济发展科", "褚达志", "邱常冲");
        Owner coordination = owner("综合协调科", "杜团结", "戴庆加");
        Owner nanan = owner("南安分园区办事处", "吴小挺", "林燕斌");
        Owner jinjiang = owner("晋江分园区办事处", "丁少伟", "邱常冲");
        Owner anxi = owner("安溪分园区办事处", "章振明", "戴庆加");
        PolicyReference investment = PolicyReference.of("中共泉州市委办公室、泉州市人民政府办公室关于印发《泉州市“抓开放招商促项目落地”"
                + "2025年专项行动方案》的通知（泉委办〔2025〕10号）", "属《泉州市“抓开放招商促项目落地”2025年专项行动方案》（二）项，第6页");
        PolicyReference workReport = PolicyReference.of("泉州市人民政府办公室关于2025年市《政府工作报告》目标任务责任分解的通知"
                + "（泉政办〔2025〕2号）", "属《政府工作报告》目标任务责任分解第57项，第3页");
        PolicyReference crossStrait = PolicyReference.of("泉州市贯彻落实《中共中央国务院支持福建探索海峡两岸融合发展新路建设两岸融合发展"
                + "示范区的意见》和我省《实施意见》任务清单（泉委办〔2024〕7号）", "属《实施意见》7号第35项，第21页");
        PolicyReference mandate = PolicyReference.of("《泉州半导体高新技术产业园区党工委主要职责内设机构和人员编制规定》（泉委办〔2018〕84号）",
                "属“三定”方案第四点，第5页");

        TargetTable table = TargetTable.draft(cycleId, unitId, "泉州半导体高新技术产业园区管理委员会", template);
        fillFixedItems(table, item -> "5-3".equals(code(item)) ? duty(BY_YEAR_END, economy) : duty(BY_YEAR_END, coordination));
        new Rows(table, template, CategoryRole.KEY_WORK)
                .l1("1-1", "统筹推进全市半导体产业招商引资工作，完成招商指标任务。", "5", investment)
                .l2("1-1-1", "统筹抓好全市半导体产业招商引资工作，制定年度招商行动方案，年度对接洽谈项目10个以上。", "2",
                        duty(BY_YEAR_END, economy))
                .l2("1-1-2", "抓好全市半导体产业招商，年度完成签约项目投资金额超100亿元。", "2", duty(BY_YEAR_END, economy))
                .l2("1-1-3", "大力招引龙头企业，实现半导体产业签约投资额10亿元以上项目至少1个。", "1", duty(BY_YEAR_END, economy))
                .l1("1-2", "主动融入两岸融合发展示范区建设，加快泉州电子信息领域形成产业链供应链融合关系。", "5", workReport,
                        crossStrait)
                .l2("1-2-1", "依托台湾人才之家等载体，举办2场以上台湾人才主题活动。", "2", duty(BY_YEAR_END, anxi))
                .l2("1-2-2", "招引落地1个以上涉台项目（包括台资和两岸技术合作项目）。", "2", duty(BY_YEAR_END, economy))
                .l2("1-2-3", "推动现有台企增资扩产。", "1", duty(BY_YEAR_END, jinjiang))
                .l1("1-3", "支持现有龙头企业做大做强，加快南安分园区标准化项目建设。", "5", crossStrait)
                .l2("1-3-1", "做好重点项目调度工作，推动晋江分园区渠梁项目提速释放产能。", "2", duty(BY_YEAR_END, jinjiang))
                .l2("1-3-2", "做好龙头企业留才引才、交通配套、学校配套等方面工作，推动南安分园区三安项目年度产值提升。", "2",
                        duty(BY_YEAR_END, nanan))
                .l2("1-3-3", "年内推动南安分园区泉州厦空港产业园、泉州芯谷南安园区工业标准厂房建设项目、联东U谷南安半导体科技产业园"
                        + "项目等标准化项目完成投资超6亿元，新增入驻企业超20家。", "1", duty(BY_YEAR_END, nanan));
        new Rows(table, template, CategoryRole.ROUTINE_WORK)
                .l1("2-1", "强化产业宣传造势，营造产业良性生态。", "4", mandate)
                .l2("2-1-1", "举行“龙头带动 翼展鸿图”项目集中开竣工活动，推动泉州南翼国家高新区展示中心开馆及厦门大学泉州科技园"
                        + "泉州南安园区签约。", "2", duty(BY_YEAR_END, "以省级以上媒体报道为提档佐证", nanan))
                .l2("2-1-2", "举行新一代信息技术产业协会成立大会及第九届“海峡杯·福建（晋江）创新创业大赛”。", "2",
                        duty(BY_YEAR_END, jinjiang))
                .l1("2-2", "打造完善半导体细分产业链。", "4", mandate)
                .l2("2-2-1", "加快晋江分园区建设，加大力度招商引资集成电路产业链企业，年内签约至少10个项目。", "2",
                        duty(BY_YEAR_END, jinjiang))
                .l2("2-2-2", "推动南安分园区建设，年内签约至少15个项目，打造化合物半导体产业链；加快安溪分园区建设，加大产业招商力度，"
                        + "年内签约至少4个项目，稳步推进光电产业链。", "2", duty(BY_YEAR_END, anxi, nanan))
                .l1("2-3", "做好园区及项目的协调与服务工作，提升企业及群众满意度。", "4", mandate)
                .l2("2-3-1", "走访了解晋江分园区企业运营情况和存在问题，重点对企业提出的用工需求、子女就学等问题制定相应措施并协调解决。",
                        "2", duty(BY_YEAR_END, jinjiang))
                .l2("2-3-2", "走访了解南安、安溪分园区企业运营情况和存在问题，重点对企业提出的惠企政策落实、完善区域配套、人才服务等"
                        + "问题制定相应措施并协调解决。", "2", duty(BY_YEAR_END, anxi, nanan))
                .l1("2-4", "完成园区有关向上报批工作。", "3", mandate)
                .l2("2-4-1", "落实中国开发区目录修订事宜，完成园区整合优化、用地专项调查、存量文件制作等工作。", "1.5",
                        duty(BY_YEAR_END, economy))
                .l2("2-4-2", "高质量推进美丽园区建设，围绕产业发展、资源节约、环境保护、管理水平等四大指标，编制美丽园区建设方案，"
                        + "并完成自评工作。", "1.5", duty(BY_YEAR_END, nanan))
                .l1("2-5", "加快晋江、安溪分园区载体项目企业入驻工作，提升承载能力。", "4", mandate)
                .l2("2-5-1", "做好低效用地盘活工作，推动晋江智造产业园新入驻企业超5家。", "2", duty(BY_YEAR_END, jinjiang))
                .l2("2-5-2", "推动安溪芯园项目实现完整入驻，云端智能、友腾光电等新入驻企业顺利达产。", "2", duty(BY_YEAR_END, anxi))
                .l1("2-6", "加快南安分园区载体项目建设，加大招商力度。", "4", mandate)
                .l2("2-6-1", "推动泉州芯谷南安科创中心新签约5个以上项目，实现二期项目基本完工。", "2", duty(BY_YEAR_END, nanan))
                .l2("2-6-2", "推动联东U谷项目新增签约企业超5家、新入驻企业超15家。", "2", duty(BY_YEAR_END, nanan))
                .l1("2-7", "加强我市半导体产业与高校、院所的产学研合作。", "4", mandate)
                .l2("2-7-1", "推动在福州大学晋江校区开设微电子科学与工程本科专业泉州定向班；在西安电子科技大学举办“晋江校区俱乐部”"
                        + "活动；建设人才科创飞地。", "2", duty(BY_YEAR_END, jinjiang))
                .l2("2-7-2", "推动厦大科技园南安园区、厦大萨本栋微纳实验室材料加工研发中心等2个产学研合作创新平台项目落地南安分园区"
                        + "科创中心；推动安溪分园区与福建农林大学合作共建光电产业学院。", "2", duty(BY_YEAR_END, nanan, anxi))
                .l1("2-8", "做好半导体产业运行监测分析，服务产业高质量发展。", "4", mandate)
                .l2("2-8-1", "按月跟踪园区重点企业产值、投资、用工等指标，每季度形成产业运行分析报告。", "2",
                        duty("每季度", economy))
                .l2("2-8-2", "建立园区重点企业挂钩服务制度，协调解决企业生产经营困难问题20个以上。", "2", duty(BY_YEAR_END, economy))
                .l1("2-9", "推进园区基础设施和配套建设，完善园区功能。", "4", mandate)
                .l2("2-9-1", "推动晋江分园区道路、管网等配套工程建设，完善园区生活配套设施。", "2", duty("11月", jinjiang))
                .l2("2-9-2", "推动南安分园区科创中心周边交通、商业配套建设，提升园区宜业宜居水平。", "2", duty(BY_YEAR_END, nanan))
                .l1("2-10", "强化半导体产业人才引育，夯实产业人才支撑。", "4", mandate)
                .l2("2-10-1", "组织园区企业参加人才招聘活动3场以上，帮助企业引进各类人才500人以上。", "2",
                        duty(BY_YEAR_END, jinjiang, anxi))
                .l2("2-10-2", "落实人才住房、子女就学等人才政策，年内为园区企业人才兑现各类补助。", "2", duty(BY_YEAR_END, economy))
                .l1("2-11", "落实惠企政策，助力园区企业降本增效。", "4", mandate)
                .l2("2-11-1", "梳理汇编国家、省、市半导体产业扶持政策，组织政策宣讲会2场以上。", "2", duty("9月", economy))
                .l2("2-11-2", "协助园区企业申报各级产业扶持资金，全年帮助企业争取资金5000万元以上。", "2", duty("全年", economy))
                .l1("2-12", "推进园区绿色低碳发展，提升资源利用效率。", "4", mandate)
                .l2("2-12-1", "推动园区企业开展节能诊断和清洁生产审核，年内完成3家以上。", "2", duty(BY_YEAR_END, nanan))
                .l2("2-12-2", "推进晋江分园区屋顶分布式光伏项目建设，新增装机容量5兆瓦以上。", "2", duty("6月30日前", jinjiang))
                .l1("2-13", "加快安溪分园区光电产业发展，壮大特色产业集群。", "4", mandate)
                .l2("2-13-1", "推动安溪分园区光电企业扩产增效，年度产值同比增长10%以上。", "1.5", duty(BY_YEAR_END, anxi))
                .l2("2-13-2", "推进安溪分园区标准厂房二期项目建设，年内完成投资1亿元以上。", "2.5", duty(BY_YEAR_END, anxi))
                .l1("2-14", "加强园区数据统计和项目管理，夯实产业发展基础。", "4", mandate)
                .l2("2-14-1", "做好园区固定资产投资、规上工业产值等统计数据的填报与核查工作，确保数据真实准确。", "2",
                        duty(BY_YEAR_END, economy))
                .l2("2-14-2", "建立园区在建项目台账，每月调度项目进展，推动项目按节点建设。", "2",
                        duty(BY_YEAR_END, "台账按月更新，报管委会主要领导", economy, nanan));
        return table;
    }

    /** 泉州市科学技术局 (seed 001), its 职能 indicators re-weighted to the 2025 template's 15 / 55 points. */
    public static TargetTable scienceBureau(long cycleId, long unitId, TableTemplate template) {
        Owner hiTech = owner("高新科", "梁秋生", "陈建兴", "张劲松");
        Owner general = owner("综合科", "黄奕冰", "陈建兴", "张劲松");
        Owner innovationService = owner("创服中心", "张翎", "陈建兴", "张劲松");
        Owner platforms = owner("平台科", "陈君伟", "陈建兴", "张劲松");
        Owner talent = owner("人才科", "高静娴", "林清京");
        Owner production = owner("生促中心", "邱强攀", "林清京");
        Owner rural = owner("社农科", "陈岩", "黄珍霞");
        Owner development = owner("开发中心", "张秀乙", "黄珍霞");
        Owner information = owner("信息所", "王少雄", "李成思");
        Owner office = owner("办公室", "邱尚长", "孙中虎");
        Owner partyCommittee = owner("党委会", "黄建团", "孙中虎");
        PolicyReference cityPriorities = PolicyReference.of("中共泉州市委办公室、泉州市人民政府办公室关于对《中共泉州市委常委会"
                + "2019年工作要点》进行责任分解的通知（泉委办〔2019〕25号）", "属市委工作要点P5");
        PolicyReference provincialTasks = PolicyReference.of("泉州市人民政府办公室关于印发2019年省政府工作涉及泉州市主要任务责任分工"
                + "分解表的通知（泉政办〔2019〕9号）", "属省政府工作要点P3第1项");
        PolicyReference workReport = PolicyReference.of("泉州市人民政府办公室关于2019年市《政府工作报告》目标任务责任分解的通知"
                + "（泉政办〔2019〕5号）", "属市政府工作报告P7第20项");
        PolicyReference innovativeCity = PolicyReference.of("建设国家创新型城市（泉委〔2019〕16号）", "P5、P19");
        PolicyReference talentHarbour = PolicyReference.of("人才“港湾计划”（泉委人才〔2019〕1号）", "P4、P5");
        PolicyReference ruralRevival = PolicyReference.of("乡村振兴（泉委〔2019〕23号）", "P53-54");
        PolicyReference quality = PolicyReference.of("质量强市（泉委发〔2019〕2号）", "P7、P9");

        TargetTable table = TargetTable.draft(cycleId, unitId, "泉州市科学技术局", template);
        fillFixedItems(table, item -> switch (code(item)) {
            case "4-1" -> duty(BY_YEAR_END, partyCommittee);
            case "4-3" -> duty(BY_YEAR_END, information, office);
            case "5-3" -> duty(BY_YEAR_END, general);
            default -> duty(BY_YEAR_END, office);
        });
        new Rows(table, template, CategoryRole.KEY_WORK)
                .l1("1-1", "大力培育高新技术企业，完善高新技术企业梯度培育和奖补机制，新培育高新技术企业140家以上。", "5",
                        cityPriorities, provincialTasks, workReport)
                .l2("1-1-1", "制定出台《关于加速高新技术企业培育发展若干措施的通知》，完善高新技术企业梯度培育和奖补机制。", "2",
                        duty("9月", hiTech))
                .l2("1-1-2", "建立高新技术企业挂钩联系制度，举办高新技术企业申报培训班6期，培训人数上千人。", "1.5",
                        duty("12月", hiTech))
                .l2("1-1-3", "组织申报高新技术企业，做好省级高新技术企业备案工作，计划新增国家、省级高新技术企业140家以上。",
                        "1.5", duty("12月", hiTech))
                .l1("1-2", "推进国家自主创新示范区建设，深化示范区与自贸试验区、保税区联动发展，实施高新区创新提升计划。", "5",
                        cityPriorities, provincialTasks, innovativeCity)
                .l2("1-2-1", "制定泉州片区年度工作要点，围绕示范区七大改革任务，推出40项以上全省乃至全国首创的创新举措。", "2.5",
                        duty("12月", general, innovationService))
                .l2("1-2-2", "以“泉州芯谷”项目建设为重点，推进福厦泉国家自主创新示范区泉州片区建设，组织开展示范区建设成效评估。",
                        "2.5", duty("12月", general))
                .l1("1-3", "加强全社会研发投入，落实研发费用税前加计扣除政策，鼓励支持企业技术创新，激发企业创新活力。", "5",
                        provincialTasks, workReport, quality)
                .l2("1-3-1", "落实加强全社会研发投入三年行动计划，做好任务分解，制定、下发各县（市、区）研发经费投入目标，设立领导"
                        + "挂钩联系制度。", "3", duty("12月", general))
                .l2("1-3-2", "根据研发费用税前加计扣除有关政策，组织专家做好企业研发费用加计扣除鉴定，积极开展企业研发经费分段补助"
                        + "申报、清算等工作。", "2", duty("12月", general));
        new Rows(table, template, CategoryRole.ROUTINE_WORK)
                .l1("2-1", "鼓励龙头企业牵头组建产学研创新战略联盟，联动开展核心技术攻关和创新研究。", "4", provincialTasks,
                        talentHarbour)
                .l2("2-1-1", "编撰《中国运动鞋市场分析及产业技术研发趋势分析》科技信息参考，支持我市制鞋产业技术创新联盟发展。",
                        "2", duty("12月", information))
                .l2("2-1-2", "推动组建“人才+项目+平台”的创新大联盟，指导联盟规范内部管理机制，制定年度工作计划。", "2",
                        duty("12月", talent))
                .l1("2-2", "高起点规划建设“泉州科技城”，一院一策引进“国字号”研发机构，积极争取大科学装置建设。", "4",
                        cityPriorities, innovativeCity)
                .l2("2-2-1", "初步明确泉州科学城选址方向，与专业咨询机构先期开展科学城开发策划。", "2", duty("12月", platforms))
                .l2("2-2-2", "引进天津大学集成电路与人工智能研究院、湖南大学先进制造与工业设计研究院，支持中国科学院国家授时中心"
                        + "建设“海上丝绸之路时间中心”。", "2", duty("12月", platforms))
                .l1("2-3", "支持建设中科院海西研究院（三期），加快建设若干个省实验室，培育国家实验室“预备队”。", "4",
                        provincialTasks)
                .l2("2-3-1", "推进市政府与海西创新研究院签订新一轮合作协议，支持装备所举办电力电子与电机驱动预测控制专题国际会议。",
                        "2", duty("12月", platforms))
                .l2("2-3-2", "联合福州大学、中化泉州石化有限公司等单位，编制形成《福建省实验室建设建议书》报送省科技厅，建设化学"
                        + "科学与技术福建省实验室。", "2", duty("12月", platforms))
                .l1("2-4", "推动创新创业环境不断完善，加快建设省级新型研发机构、科技企业孵化器、众创空间。", "4",
                        provincialTasks, workReport)
                .l2("2-4-1", "组织认定市级新型研发机构5家以上，推荐1-3家符合条件的单位申报省级新型研发机构。", "2",
                        duty("11月", platforms))
                .l2("2-4-2", "推荐2家省级科技企业孵化器申报省科技创新平台认定资助，组织做好众创空间申报认定工作。", "2",
                        duty("12月", platforms))
                .l1("2-5", "坚持“高精尖缺”导向的人才培育和引进机制，加快造就一流的创新人才队伍，引进高层次人才团队。", "4",
                        provincialTasks, talentHarbour)
                .l2("2-5-1", "组织申报泉州市引进高层次人才团队，引进一批掌握关键核心技术的高层次人才团队。", "2",
                        duty("12月", talent))
                .l2("2-5-2", "发布高层次人才创新创业项目申报指南，经初审、专家评审、现场考察等环节，立项支持100项高层次人才创新"
                        + "创业项目。", "2", duty("12月", talent))
                .l1("2-6", "深入推行科技特派员制度，促进人才下沉、科技下乡、农民增收。", "4", provincialTasks, ruralRevival)
                .l2("2-6-1", "制定泉州市推进科技特派员创新创业工作计划和科技特派员专项资金管理办法，推动科技特派员向第二、第三"
                        + "产业延伸。", "2", duty("12月", rural))
                .l2("2-6-2", "开展科技特派员选认工作，培育科技特派员（团队）170个以上，实现科技特派员乡镇全覆盖。", "2",
                        duty("12月", rural))
                .l1("2-7", "健全以创新能力、质量、贡献为重点的人才评价体系，实施科技创新链和产业链精准对接工程，有效促进科技成果"
                        + "产业化。", "4", provincialTasks, talentHarbour)
                .l2("2-7-1", "提请市政府出台《泉州市促进科技成果转化的若干意见》，构建完善的技术转移转化体系。", "2",
                        duty("12月", talent))
                .l2("2-7-2", "筹建全市科技成果大市场，完善线上网络平台开发，全年经认定登记的技术合同成交总金额达1亿元以上。", "2",
                        duty("全年", talent, production))
                .l1("2-8", "组织参加“6·18”，吸引境内外创新资源聚集，配合做好各类会展、论坛承办工作。", "3", provincialTasks)
                .l2("2-8-1", "组织我市企事业单位参加“6·18”展会，促成现场签约项目1项。", "1.5",
                        duty("7月", "以省级以上媒体报道为提档佐证", talent))
                .l2("2-8-2", "配合各部门组织做好数字中国建设峰会、中国国际进口博览会、海峡论坛等各类会展、论坛承办工作。", "1.5",
                        duty("12月", talent))
                .l1("2-9", "组织市级科技计划项目申报，实施消费品科技赋能计划，推动传统产业转型升级，培育壮大新兴产业。", "4",
                        workReport, quality)
                .l2("2-9-1", "组织做好市级科技计划项目初审、专家评审、现场考察、立项，下达科技计划项目50项以上。", "2",
                        duty("12月", general, hiTech, rural, talent))
                .l2("2-9-2", "实施消费品科技赋能计划，支持纺织服装、鞋业、建材家居、食品饮料等产业开展关键技术攻关。", "2",
                        duty("12月", hiTech))
                .l1("2-10", "大力发展“专精特新”中小企业，新增入库瞪羚企业40家，加快培育和发展一批科技小巨人领军企业。", "4",
                        provincialTasks, workReport)
                .l2("2-10-1", "会同市委人才办遴选战略性新兴产业的成长型中小企业70家以上。", "1.5", duty("11月", hiTech))
                .l2("2-10-2", "持续实施瞪羚企业培育计划，力争新增泉州市瞪羚企业培育库入库企业40家。", "1.5",
                        duty("10月", general, innovationService))
                .l2("2-10-3", "培育发展科技小巨人领军企业，力争推荐100家以上上报省科技厅。", "1", duty("10月", hiTech))
                .l1("2-11", "培育壮大军民融合产业，支持企业承接“军转民”科技成果转化，参与军品研发生产。", "4", workReport)
                .l2("2-11-1", "面向我市产业转型升级需求，立项资助军民融合科技创新项目2-3项。", "2.5", duty("12月", hiTech))
                .l2("2-11-2", "协助军民融合办引进绵阳国家军民两用交易中心，服务泉州。", "1.5", duty("12月", hiTech))
                .l1("2-12", "大力发展新产业新经济，推动人工智能与产业融合发展。", "4", workReport)
                .l2("2-12-1", "指导配合相关县（市、区）抓好中国国际信息技术（福建）产业园、泉州软件园园区建设。", "2",
                        duty("12月", hiTech))
                .l2("2-12-2", "推动出台相关科技政策措施支持国家特种机器人产品质检中心，引导先进微纳米器件检测中心申报省、市科技"
                        + "计划项目。", "2", duty("12月", hiTech))
                .l1("2-13", "激发农村创新创业活力，加强乡村振兴科技支撑。", "4", ruralRevival)
                .l2("2-13-1", "开展国家农业科技园区综合评估工作，培育星创天地10个以上，实施星创天地后补助项目2-3个。", "2",
                        duty("12月", rural))
                .l2("2-13-2", "开展星火培训6期，实施科技帮扶项目3项以上，引导和支持欠发达地区发展壮大优势特色农业。", "2",
                        duty("12月", rural, development))
                .l1("2-14", "完善科技创新政策体系、科技管理体制机制，推动“放管服”改革工作取得新成效。", "4", provincialTasks,
                        innovativeCity)
                .l2("2-14-1", "加强科研诚信建设，建立涵盖科研创新及管理全过程的科研诚信制度。", "1.5", duty("12月", general))
                .l2("2-14-2", "深化金融服务实体经济改革，扩大高新技术企业发展基金贷款规模。", "1.5", duty("12月", general))
                .l2("2-14-3", "制定出台《泉州市科技咨询与评估专家库管理办法》，年度开展1-2次科技项目双随机抽查工作。", "1",
                        duty("12月", general));
        return table;
    }

    /**
     * 泉州市国资委 (seed 002) with the mistakes real tables contain: 1-1's second-level weights add up
     * to 6 against its 5 points (so 重点 and the total are off by one), 1-3-2 names no leader, 2-8 is
     * 党建 work listed under 职能, 2-6-2 cites new-media publicity without a media level, and the last
     * 常规 indicator was copied without renumbering (2-11 twice).
     */
    public static TargetTable stateAssetsWithFindings(long cycleId, long unitId, TableTemplate template) {
        Owner reform = owner("发改科", "李昀", "刘海祥");
        Owner capital = owner("资本科", "苏颖慧", "林鹏");
        Owner party = owner("党建科", "陈天铃", "汪亚彬");
        Owner assessment = owner("考核科", "黄华明", "周俊杰");
        Owner supervision = owner("监督科", "陈建新", "李维芳");
        Owner management = owner("企管科", "苏大庆", "汪亚彬");
        Owner office = owner("办公室", "陈瑞典", "汪亚彬");
        PolicyReference workReport = PolicyReference.of("泉州市人民政府办公室关于印发2022年市《政府工作报告》目标任务责任分解表的通知"
                + "（泉政办〔2022〕2号）", "属市《政府工作报告》任务65项");
        PolicyReference provincialTasks = PolicyReference.of("泉州市人民政府办公室关于印发2022年省政府工作涉及泉州市主要任务责任分工"
                + "方案的通知（泉政办明传〔2022〕7号）", "附件2第40项");
        PolicyReference projects = PolicyReference.of("关于印发《泉州市“项目攻坚2022”活动方案》的通知（泉委办〔2022〕2号）",
                "第13、15页");
        PolicyReference tourism = PolicyReference.of("关于加快推进旅游业高质量发展的实施意见（泉政文〔2022〕7号）", "第6-7页第13、15、16项");
        PolicyReference talent = PolicyReference.of("关于印发《关于开展“涌泉”行动集聚各类人才在泉创业就业的若干措施》的通知"
                + "（泉委办发〔2022〕5号）", "第2、3、5页");
        PolicyReference mandate = PolicyReference.of("三定方案", "");
        PolicyReference partyPlan = PolicyReference.of("党建2022年工作要点", "第14页20项、第18页27项");

        TargetTable table = TargetTable.draft(cycleId, unitId, "泉州市国资委", template);
        fillFixedItems(table, item -> switch (code(item)) {
            case "4-1" -> duty(BY_YEAR_END, party, office);
            case "4-7", "6-3" -> duty(BY_YEAR_END, office, reform, capital, assessment, supervision, management);
            case "5-3" -> duty(BY_YEAR_END, capital, management);
            default -> duty(BY_YEAR_END, office);
        });
        new Rows(table, template, CategoryRole.KEY_WORK)
                .l1("1-1", "实施国企发展赶超计划，如期完成国企改革三年行动目标。", "5", workReport, provincialTasks)
                .l2("1-1-1", "开展决战决胜国企改革三年行动，加快董事会建设、任期制和契约化管理等重难点改革任务攻坚。", "2",
                        duty(BY_YEAR_END, reform))
                .l2("1-1-2", "开展国企改革三年行动重点改革任务完成情况检查、评估，出台国有资本布局实施意见。", "2",
                        duty(BY_YEAR_END, reform))
                .l2("1-1-3", "推动中泉集团和搏浪集团实施“八闽综改企业”综合改革。", "2", duty(BY_YEAR_END, reform, capital))
                .l1("1-2", "推进龙头企业培优扶强工程，发展数字经济，成立市级大数据集团、城市运营集团。", "5", workReport)
                .l2("1-2-1", "制定《大数据集团组建方案》和《市国资国企信息化建设和数字化转型整体规划》，加快国资国企在线监管平台"
                        + "建设。", "2.5", duty(BY_YEAR_END, reform))
                .l2("1-2-2", "做好城市运营集团组建前期工作，制定《运营组建方案》，推进环卫、市政、园林一体化管理。", "2.5",
                        duty(BY_YEAR_END, capital, reform))
                .l1("1-3", "做好招商引资工作，举办大型招商推介会。", "5", projects)
                .l2("1-3-1", "承办泉州市与省属企业对接活动，形成合同协议项目40个以上，投资800亿元以上。", "3",
                        duty(BY_YEAR_END, reform))
                .l2("1-3-2", "建立对接项目推进工作机制，加快推进对接项目的履约、转段、落地，完成项目开工率数据收集工作。", "2",
                        new Responsibility(BY_YEAR_END, List.of(reform.department()), List.of(), List.of(), ""));
        new Rows(table, template, CategoryRole.ROUTINE_WORK)
                .l1("2-1", "推动国有企业参与（工业）产业园区建设运营。", "5", workReport)
                .l2("2-1-1", "建立健全市属企业工业（产业）园区标准化建设机制，在经营业绩考核、国有资本预算安排、人才引进方面提供"
                        + "政策支持。", "2.5", duty(BY_YEAR_END, capital))
                .l2("2-1-2", "创新园区建设投融资、运营模式，重点做好中国陶瓷电商物流园、雕艺产业园、水务产业园等项目推进工作。",
                        "2.5", duty(BY_YEAR_END, capital))
                .l1("2-2", "提升资本运作和金融服务能力，设立天使投资基金。", "5", talent)
                .l2("2-2-1", "持续提升企业信用评级和融资能力，支持所出资企业拓宽直接融资渠道。", "2.5", duty(BY_YEAR_END, capital))
                .l2("2-2-2", "设立规模2亿元以上的天使投资基金，将高校毕业生创业团队纳入投资标的，9月底前完成募集并开始运作。",
                        "2.5", duty("9月底前", capital))
                .l1("2-3", "以国有企业经营业绩考核、薪酬分配制度为抓手，推动生态环境保护、创新、知识产权等工作。", "5", workReport)
                .l2("2-3-1", "修订完善所出资企业负责人业绩考核办法，强化创新和知识产权考核导向。", "2.5",
                        duty(BY_YEAR_END, assessment))
                .l2("2-3-2", "修订完善工资总额管理制度，完成所出资企业工资清算和工资总额预算审批。", "2.5",
                        duty(BY_YEAR_END, assessment))
                .l1("2-4", "开展“涌泉”行动，落实免费乘公交、就业见习、住宿租房等优惠政策。", "5", talent)
                .l2("2-4-1", "制定免费乘坐市内公交优待政策实施方案，做好优待资格申请、审核以及公交车乘车码技术改造等工作。", "2.5",
                        duty(BY_YEAR_END, party))
                .l2("2-4-2", "提供300个以上优质动态储备岗位，推进国企利用人才公寓提供租房、住宿优待服务。", "2.5",
                        duty(BY_YEAR_END, party))
                .l1("2-5", "实施“断头路”“瓶颈路”改造，新建公共停车位。", "5", projects)
                .l2("2-5-1", "推进东海片区支十五路等四条支路市政道路工程，按时序进度完成“断头路”“瓶颈路”改造项目的工程建设。",
                        "2.5", duty(BY_YEAR_END, reform))
                .l2("2-5-2", "推进国企智慧停车项目试点工作，新建500个以上公共停车位。", "2.5", duty(BY_YEAR_END, capital))
                .l1("2-6", "助推旅游业高质量发展，做大做强国有文旅品牌。", "5", tourism)
                .l2("2-6-1", "加快文旅产业项目建设，完成德化红旗坊·文旅产业园项目二期及二期市政道路初步设计工作。", "2.5",
                        duty(BY_YEAR_END, reform, capital))
                .l2("2-6-2", "推进开展城市文旅营销，充分利用好微信公众号、微博、抖音等新媒体平台做好文旅宣传。", "2.5",
                        duty(BY_YEAR_END, reform, capital))
                .l1("2-7", "做好国有资产管理相关数据采集和内部审计监督。", "5", mandate)
                .l2("2-7-1", "督促指导各所出资企业规范经济运行分析工作，定期报送经济运行分析报告。", "2.5", duty("每季度", capital))
                .l2("2-7-2", "下达国资系统内部审计工作计划，督促指导所出资企业完成内部审计项目45个以上。", "2.5",
                        duty(BY_YEAR_END, supervision))
                .l1("2-8", "统筹抓好国企基层党建提质增效。", "4", partyPlan)
                .l2("2-8-1", "健全完善企业党建工作绩效管理体系，探索开展党建联建共建。", "2", duty(BY_YEAR_END, party))
                .l2("2-8-2", "开展党建项目拉练，召开党建工作例会，指导市级国资集团公司党委开展换届工作。", "2",
                        duty(BY_YEAR_END, party))
                .l1("2-9", "推动所出资企业更好地承担民生保障任务和履行社会责任。", "4", mandate)
                .l2("2-9-1", "完善提升公交线网，优化调整公交线路3条，购置各类新能源车型96辆。", "2", duty(BY_YEAR_END, capital))
                .l2("2-9-2", "推进水务一体化工作，改造供水管网6公里以上。", "2", duty(BY_YEAR_END, capital, reform))
                .l1("2-10", "加强所出资企业资产交易和项目监管。", "4", mandate)
                .l2("2-10-1", "持续推进资产进入市产权交易中心交易、国有资本收益上缴工作，加快闲置资产盘活工作。", "2",
                        duty(BY_YEAR_END, capital))
                .l2("2-10-2", "加强所出资企业投资活动管理，严格审核企业投资项目报告，建立所出资企业重点项目库。", "2",
                        duty(BY_YEAR_END, capital, reform))
                .l1("2-11", "加强所出资企业领导人员管理。", "4", mandate)
                .l2("2-11-1", "做好委管领导人员年度和任期综合考核评价，抽查核实委管企业领导人员个人有关事项。", "2",
                        duty(BY_YEAR_END, management))
                .l2("2-11-2", "加强部分分子企业正职领导人员任前管理。", "2", duty(BY_YEAR_END, management))
                .l1("2-11", "协同做好疫情防控和纾困帮扶工作。", "4", mandate)
                .l2("2-11-1", "组织市国资系统干部职工积极加入一线疫情防控工作，投资扩建核酸检测实验室。", "2",
                        duty(BY_YEAR_END, assessment, capital))
                .l2("2-11-2", "出台纾困扶持措施，实施国有经营性房产租金减免，预计减免租金1.2亿元以上。", "2",
                        duty(BY_YEAR_END, capital));
        return table;
    }

    // ---- building blocks -------------------------------------------------------------------

    /** A department with its head and the leaders supervising it. */
    private record Owner(ResponsibleDepartment department, List<String> leaders) {
    }

    private static Owner owner(String department, String head, String... leaders) {
        return new Owner(new ResponsibleDepartment(department, head), List.of(leaders));
    }

    private static Responsibility duty(String deadline, Owner... owners) {
        return duty(deadline, "", owners);
    }

    private static Responsibility duty(String deadline, String remark, Owner... owners) {
        List<ResponsibleDepartment> departments = Arrays.stream(owners).map(Owner::department).distinct().toList();
        List<String> leaders = Arrays.stream(owners).flatMap(o -> o.leaders().stream()).distinct().toList();
        return new Responsibility(deadline, departments, leaders, List.of(), remark);
    }

    private static String code(FirstLevelIndicator item) {
        return item.code() == null ? "" : item.code().value();
    }

    /** Says who answers for each fixed item that {@link TargetTable#draft} instantiated. */
    private static void fillFixedItems(TargetTable table, Function<FirstLevelIndicator, Responsibility> who) {
        for (FirstLevelIndicator item : table.allFirstLevel()) {
            if (item.isItem()) {
                table.assignItem(item.id(), who.apply(item));
            }
        }
    }

    /** Appends first- and second-level indicators to one category of a table, in table order. */
    private static final class Rows {

        private final TargetTable table;
        private final String categoryKey;
        private @Nullable UUID current;

        Rows(TargetTable table, TableTemplate template, CategoryRole role) {
            this.table = table;
            this.categoryKey = template.categoryWithRole(role).map(CategoryTemplate::key)
                    .orElseThrow(() -> new IllegalArgumentException("模板中没有" + role + "类考评项目"));
        }

        Rows l1(String code, String text, String points, PolicyReference... basis) {
            FirstLevelIndicator row = FirstLevelIndicator.create(new IndicatorCode(code), text, Points.of(points),
                    List.of(basis));
            table.addFirstLevel(categoryKey, row);
            current = row.id();
            return this;
        }

        Rows l2(String code, String text, String weight, Responsibility duty) {
            if (current == null) {
                throw new IllegalStateException("请先添加一级指标");
            }
            table.addSecondLevel(current, SecondLevelIndicator.create(new IndicatorCode(code), text,
                    Points.of(weight), duty));
            return this;
        }
    }
}
