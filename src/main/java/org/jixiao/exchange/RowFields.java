package org.jixiao.exchange;

import java.util.List;
import org.jixiao.table.IndicatorCode;
import org.jspecify.annotations.Nullable;

/**
 * One data row read into the fields of a target table, whatever column each came from.
 *
 * @param labels        category labels in the row (项目 cells)
 * @param otherLabels   other short cells before the code: sub-areas (思想建设 (5分)) or unknown labels
 * @param code          序号 when the row has one
 * @param text          文件依据 / 一级指标 / 二级指标 (目标内容 is read as 一级指标)
 * @param weight        权重 as written, empty when none
 * @param deadline      完成时限 as written
 * @param departments   责任科室 cell
 * @param heads         科室负责人 (or 责任人 where that is the only such column)
 * @param persons       责任人 where the table also has 科室负责人
 * @param leaders       分管领导 cell
 * @param remark        备注
 */
record RowFields(
        List<CategoryLabel> labels,
        List<String> otherLabels,
        @Nullable IndicatorCode code,
        Texts text,
        String weight,
        String deadline,
        String departments,
        String heads,
        String persons,
        String leaders,
        String remark) {

    /** The three text columns of a row. */
    record Texts(String basis, String firstLevel, String secondLevel) {

        boolean isBlank() {
            return basis.isBlank() && firstLevel.isBlank() && secondLevel.isBlank();
        }
    }

    RowFields {
        labels = List.copyOf(labels);
        otherLabels = List.copyOf(otherLabels);
    }

    boolean hasContent() {
        return !text.isBlank() || !weight.isBlank();
    }

    boolean hasResponsibility() {
        return !deadline.isBlank() || !departments.isBlank() || !heads.isBlank() || !persons.isBlank()
                || !leaders.isBlank() || !remark.isBlank();
    }
}
