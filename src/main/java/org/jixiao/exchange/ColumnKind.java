package org.jixiao.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a column of a target table holds, recognized by its header text and the synonyms in use. */
enum ColumnKind {
    CATEGORY("项目", "考评项目", "类别", "项目名称"),
    CODE("序号", "编号", "指标序号"),
    BASIS("文件依据", "依据", "政策依据", "依据文件", "文件来源", "政策文件"),
    FIRST_LEVEL("一级指标"),
    SECOND_LEVEL("二级指标"),
    /** 目标内容: a heading above 文件依据/一级/二级, or the only text column (行政能力 pages of 001). */
    CONTENT("目标内容", "指标内容", "考评内容", "工作内容"),
    WEIGHT("权重", "分值", "分数", "权重分值"),
    DEADLINE("完成时限", "时限", "完成时间"),
    DEPARTMENT("责任科室", "责任单位", "责任部门", "责任股室", "牵头科室"),
    HEAD("科室负责人", "责任人", "负责人"),
    /** A second head-like column when both 科室负责人 and 责任人 are present. */
    PERSON,
    LEADER("分管领导", "责任领导", "分管局领导"),
    REMARK("备注"),
    /** A heading above other headings (责任分解). */
    GROUP("责任分解", "责任分工"),
    /** Scoring and any other columns the import does not read. */
    IGNORED("全年完成情况", "定档举证情况", "定档取证情况", "佐证情况", "同组互评定档", "回组互评定档", "考评定档",
            "集中考评组打分", "考评结果", "自评得分", "得分");

    private final List<String> synonyms;

    ColumnKind(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    private static final Map<String, ColumnKind> BY_TEXT = byText();

    private static Map<String, ColumnKind> byText() {
        java.util.HashMap<String, ColumnKind> map = new java.util.HashMap<>();
        for (ColumnKind kind : values()) {
            kind.synonyms.forEach(s -> map.put(s, kind));
        }
        return Map.copyOf(map);
    }

    /** The kind a header cell names, ignoring spaces, line breaks and a unit in brackets ("权重（分）"). */
    static Optional<ColumnKind> of(String headerCell) {
        String text = Bracketed.PATTERN.matcher(CellText.compact(headerCell)).replaceAll("");
        return Optional.ofNullable(BY_TEXT.get(text));
    }

    boolean isText() {
        return this == BASIS || this == FIRST_LEVEL || this == SECOND_LEVEL || this == CONTENT;
    }

    boolean isResponsibility() {
        return this == DEPARTMENT || this == HEAD || this == PERSON || this == LEADER || this == REMARK;
    }

    /** Text in brackets within a header ("权重（分）"), compiled once. */
    private static final class Bracketed {
        static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile("[（(][^）)]*[)）]");
    }
}
