package org.jixiao.plan;

/** A field of a table row as versions are compared (版本比较), with its column name in the official table. */
public enum RowField {
    CODE("序号"),
    TEXT("内容"),
    POINTS("分值/权重"),
    BASIS("文件依据"),
    DEADLINE("完成时限"),
    DEPARTMENTS("责任科室"),
    HEADS("科室负责人"),
    LEADERS("分管领导"),
    PERSONS("责任人"),
    REMARK("备注"),
    /** Where the row sits: a first-level row's category, a second-level row's first-level row. */
    PLACE("所属");

    private final String label;

    RowField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
