package org.jixiao.evaluation.assessment;

import org.jixiao.evaluation.CompositeFormula;
import org.jixiao.evaluation.RatingBands;
import org.jixiao.evaluation.ScoringSettings;

/** The README of a published package: what is in it, the formula with this version's settings, how to check it. */
final class PackageReadme {

    private PackageReadme() {
    }

    static String text(String title, PublishedResultsRepository.Version version, ScoringSettings s) {
        CompositeFormula f = s.formula();
        String bands = s.bands() instanceof RatingBands.Thresholds t
                ? String.join("、", t.bands().stream().map(b -> b.minimum() == null ? b.name()
                        : b.name() + " ≥ " + b.minimum().toPlainString()).toList())
                : "按系列名次比例（" + ((RatingBands.RankShares) s.bands()).ties().label() + "）";
        return """
                # %s

                发布人：%s；发布时间：%s（UTC）。%s

                ## 包中文件
                - scenario.json：全部输入（评分规则、各单位各指标的定档、考评员评分、加减分、公众评议），格式同 `score` 命令
                - results.json：发布的结果（各单位状态、缺项、得分、名次、等次及每一分的来历）；其 SHA-256 显示在考评结果页和公示网站
                - results.xlsx：同一结果的表格版
                - SHA256SUMS：以上文件的 SHA-256

                ## 计算公式（本版所用规则）
                - 指标得分：有考评员评分时取%s（评分少于 %d 个时取平均分）；否则取考评定档的分值（晋档、提档后）；都没有为未评分。
                - 考评表得分 = 各指标得分之和。
                - 综合得分 = 考评表得分 × %s + 公众评议得分 × %s × %s ÷ 100 + 正向激励加分（不超过 %s）− 察访核验扣分（%s）。
                - 舍入：%s；综合得分保留 %d 位小数（%s）。
                - 完成：每项指标评分已齐（或已定档）且公众评议得分已录入。%s
                - 名次：按综合得分、考评表得分、扣分（少者在前）、公众评议得分依次比较；完全相同者并列。
                - 等次：%s。

                ## 核验
                ```
                sha256sum -c SHA256SUMS
                java -jar jixiao.jar score --verify 本文件所在的包.zip
                ```
                后者按 scenario.json 重新计算，每个数字都与 results.json 一致时退出码为 0，否则列出每处不一致并返回非 0。
                """.formatted(title, version.publishedBy(), version.publishedAt(),
                version.note() == null ? "" : "发布说明：" + version.note(),
                s.aggregation().label(), s.trimMinimum(), f.tableShare().toPlainString(),
                f.appraisalShare().toPlainString(), f.fullMark().toPlainString(), f.bonusCap().toPlainString(),
                f.deductionCap() == null ? "不设上限" : "不超过 " + f.deductionCap().toPlainString(),
                s.roundingPolicy().label(), f.rounding().scale(), f.rounding().mode(),
                s.provisional() ? "未完成的单位给出暂定名次和等次，标注“暂定”。" : "未完成或无法计分的单位没有名次和等次。",
                bands);
    }
}
