package org.jixiao.exchange;

/** A row of the file that is no indicator, with the reason it was left out. */
public record SkippedRow(SourceRow row, Reason reason) {

    /** Why a row is not part of the table. */
    public enum Reason {
        BEFORE_TABLE("表格之前的标题或正文"),
        HEADER("表头"),
        PAGE_HEADER("重复的表头（分页）"),
        TOTAL("小计/合计行"),
        CODE_WITHOUT_CONTENT("只有序号，没有内容和权重（按空行处理）"),
        FORMULA_RESIDUE("只有公式残留（如 #DIV/0!）"),
        LABEL_ONLY("只有项目名称，已用于确定所属项目"),
        OUTSIDE_TABLE("表格之外的文字（说明、抄送、落款）");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
