package org.jixiao.exchange;

import java.io.PrintStream;
import java.util.List;
import org.jixiao.table.Finding;

/** The human-readable output of {@code table check}. */
final class CheckText {

    private CheckText() {
    }

    static void rejected(String file, ImportResult.Rejected rejected, PrintStream out) {
        out.println("== " + file);
        out.println("无法导入（" + rejected.problem() + "）：" + rejected.message());
        out.println();
    }

    static void print(CheckSummary summary, PrintStream out) {
        out.println("== " + summary.file());
        out.println("参评单位：" + (summary.unit().isEmpty() ? "（未找到）" : summary.unit()));
        out.printf("%-10s\t%s\t%s\t%s\t%s%n", "项目", "标明分值", "实得分值", "一级指标", "二级指标");
        for (CheckSummary.CategoryLine line : summary.categories()) {
            out.printf("%-10s\t%s\t%s\t%d\t%d%n", line.name(),
                    line.declaredPoints() == null ? "—" : line.declaredPoints(), line.actualPoints(),
                    line.firstLevelCount(), line.secondLevelCount());
        }
        for (ImportReport.GroupPoints group : summary.groups()) {
            out.println(group.name() + "：标明 " + group.declaredPoints() + " 分，其下各项目合计 " + group.actualPoints() + " 分");
        }
        out.println("合计：" + summary.total() + " 分（应为 " + summary.required() + " 分）");
        out.println("审核意见（" + summary.notes().size() + " 条）：");
        for (ImportNote note : summary.notes()) {
            Finding f = note.finding();
            String where = (f.location().toString() + (note.row() == null ? "" : " " + note.row().where())).strip();
            out.println("  " + (f.isError() ? "错误" : "提醒") + " " + f.code() + (where.isEmpty() ? "" : " [" + where + "]")
                    + " " + f.message());
        }
        out.println("未导入的行（" + summary.skipped().size() + " 行）：");
        List<SkippedRow> skipped = summary.skipped();
        for (int i = 0; i < skipped.size(); ) {
            int j = i;
            while (j + 1 < skipped.size() && adjacent(skipped.get(j), skipped.get(j + 1))) {
                j++;
            }
            SourceRow first = skipped.get(i).row();
            SourceRow last = skipped.get(j).row();
            String range = first.number() == last.number() ? first.where()
                    : (first.origin().isEmpty() ? "" : first.origin() + " ") + "第" + first.number() + "–" + last.number() + "行";
            out.println("  " + range + "：" + skipped.get(i).reason().text());
            i = j + 1;
        }
        out.println();
    }

    private static boolean adjacent(SkippedRow a, SkippedRow b) {
        return a.reason() == b.reason() && a.row().origin().equals(b.row().origin())
                && b.row().number() == a.row().number() + 1;
    }
}
