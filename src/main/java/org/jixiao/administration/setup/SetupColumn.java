package org.jixiao.administration.setup;

import java.util.List;
import java.util.stream.Stream;

/**
 * A column of a set-up sheet: its header, how long its text may be, whether it must be filled, and
 * the template's width and example. Headers are found by name, in any order; the aliases are what
 * offices' own files often call the same column.
 */
public enum SetupColumn {
    UNIT_NAME(SetupSheet.UNITS, "单位全称", 200, true, 34, "泉州市示例局", "单位名称"),
    UNIT_SHORT_NAME(SetupSheet.UNITS, "单位简称", 100, false, 14, "示例局", "简称"),
    UNIT_GROUP(SetupSheet.UNITS, "考评组", 100, true, 14, "第一组", "组别", "所在组"),
    UNIT_LEVEL(SetupSheet.UNITS, "层级", 20, false, 10, "市直", "单位层级"),
    UNIT_PARENT(SetupSheet.UNITS, "上级单位", 200, false, 30, "", "所属县区"),

    DEPARTMENT_UNIT(SetupSheet.DEPARTMENTS, "单位", 200, true, 34, "示例局", "单位全称", "单位名称", "单位简称"),
    DEPARTMENT_NAME(SetupSheet.DEPARTMENTS, "科室名称", 200, true, 24, "办公室", "科室"),
    DEPARTMENT_HEAD(SetupSheet.DEPARTMENTS, "科室负责人", 100, false, 14, "张三", "负责人"),

    PERSON_UNIT(SetupSheet.PEOPLE, "单位", 200, true, 34, "示例局", "单位全称", "单位名称", "单位简称"),
    PERSON_NAME(SetupSheet.PEOPLE, "姓名", 100, true, 12, "张三"),
    PERSON_TITLE(SetupSheet.PEOPLE, "职务", 200, false, 20, "办公室主任"),
    PERSON_DEPARTMENT(SetupSheet.PEOPLE, "科室", 200, false, 24, "办公室", "科室名称", "所在科室"),
    PERSON_DUTY(SetupSheet.PEOPLE, "职责", 20, true, 14, "科室负责人"),

    ACCOUNT_USERNAME(SetupSheet.ACCOUNTS, "用户名", 64, true, 18, "shiliju-jbr", "账号", "登录名"),
    ACCOUNT_NAME(SetupSheet.ACCOUNTS, "姓名", 100, true, 12, "李四", "显示名称"),
    ACCOUNT_ROLE(SetupSheet.ACCOUNTS, "角色", 20, true, 18, "单位经办人"),
    ACCOUNT_UNIT(SetupSheet.ACCOUNTS, "单位", 200, false, 34, "示例局", "单位全称", "单位名称", "单位简称"),
    ACCOUNT_PASSWORD(SetupSheet.ACCOUNTS, "初始密码", 128, true, 18, "Shili#2026ab", "密码");

    private final SetupSheet sheet;
    private final String header;
    private final int maxLength;
    private final boolean required;
    private final int width;
    private final String example;
    private final List<String> aliases;

    SetupColumn(SetupSheet sheet, String header, int maxLength, boolean required, int width, String example,
                String... aliases) {
        this.sheet = sheet;
        this.header = header;
        this.maxLength = maxLength;
        this.required = required;
        this.width = width;
        this.example = example;
        this.aliases = List.of(aliases);
    }

    public SetupSheet sheet() {
        return sheet;
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean required() {
        return required;
    }

    /** Template column width, in characters. */
    int width() {
        return width;
    }

    /** The template's example value. */
    String example() {
        return example;
    }

    /** Whether a header cell (whitespace and required marks removed) names this column. */
    boolean isNamed(String compactHeader) {
        return Stream.concat(Stream.of(header), aliases.stream()).anyMatch(compactHeader::equals);
    }
}
