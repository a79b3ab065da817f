package org.jixiao.plan;

import java.util.List;
import java.util.UUID;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.DocumentNumber;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Responsibility;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table frozen as JSON for its version ({@code plan_version.table_json}) and read back exactly:
 * row ids, codes, points (as decimal text, so nothing is rounded), responsibility and policy basis.
 * The shape is this file's own records, so that renaming a domain field never breaks old versions.
 */
final class TableSnapshot {

    /** Raised by {@link #read} when the shape changes incompatibly; bump it and read both. */
    static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TableSnapshot() {
    }

    record Table(int format, UUID id, long cycleId, long unitId, String unitName, int year, List<Category> categories) {
    }

    record Category(String key, String name, String role, @Nullable String declaredPoints, List<First> firstLevel) {
    }

    record First(UUID id, @Nullable String code, String text, @Nullable String points, List<Reference> basis,
                 String area, @Nullable Duty responsibility, List<Second> secondLevel) {
    }

    record Second(UUID id, @Nullable String code, String text, @Nullable String weight, Duty responsibility) {
    }

    record Reference(String title, @Nullable String number, String note) {
    }

    record Duty(String deadline, List<Department> departments, List<String> leaders, List<String> persons,
                String remark) {
    }

    record Department(String name, String head) {
    }

    static String write(TargetTable table) {
        return JSON.writeValueAsString(new Table(FORMAT, table.id(), table.cycleId(), table.unitId(), table.unitName(),
                table.year(), table.categories().stream().map(TableSnapshot::category).toList()));
    }

    static TargetTable read(String json) {
        Table t = JSON.readValue(json, Table.class);
        if (t.format() != FORMAT) {
            throw new IllegalStateException("无法读取第 " + t.format() + " 版格式的考评表快照");
        }
        return new TargetTable(t.id(), t.cycleId(), t.unitId(), t.unitName(), t.year(),
                t.categories().stream().map(TableSnapshot::category).toList());
    }

    private static Category category(TableCategory c) {
        return new Category(c.key(), c.name(), c.role().name(), text(c.declaredPoints()),
                c.firstLevel().stream().map(TableSnapshot::first).toList());
    }

    private static TableCategory category(Category c) {
        return new TableCategory(c.key(), c.name(), CategoryRole.valueOf(c.role()), points(c.declaredPoints()),
                c.firstLevel().stream().map(TableSnapshot::first).toList());
    }

    private static First first(FirstLevelIndicator l1) {
        return new First(l1.id(), code(l1.code()), l1.text(), text(l1.points()),
                l1.basis().stream().map(r -> new Reference(r.title(), r.number() == null ? null : r.number().toString(),
                        r.note())).toList(),
                l1.area(), l1.responsibility() == null ? null : duty(l1.responsibility()),
                l1.secondLevel().stream().map(l2 -> new Second(l2.id(), code(l2.code()), l2.text(), text(l2.weight()),
                        duty(l2.responsibility()))).toList());
    }

    private static FirstLevelIndicator first(First f) {
        return new FirstLevelIndicator(f.id(), code(f.code()), f.text(), points(f.points()),
                f.basis().stream().map(r -> new PolicyReference(r.title(),
                        r.number() == null ? null : DocumentNumber.parse(r.number()), r.note())).toList(),
                f.area(), f.responsibility() == null ? null : responsibility(f.responsibility()),
                f.secondLevel().stream().map(s -> new SecondLevelIndicator(s.id(), code(s.code()), s.text(),
                        points(s.weight()), responsibility(s.responsibility()))).toList());
    }

    private static Duty duty(Responsibility r) {
        return new Duty(r.deadline(), r.departments().stream().map(d -> new Department(d.name(), d.head())).toList(),
                r.leaders(), r.persons(), r.remark());
    }

    private static Responsibility responsibility(Duty d) {
        return new Responsibility(d.deadline(), d.departments().stream()
                .map(x -> new ResponsibleDepartment(x.name(), x.head())).toList(), d.leaders(), d.persons(), d.remark());
    }

    private static @Nullable String text(@Nullable Points points) {
        return points == null ? null : points.value().toPlainString();
    }

    private static @Nullable Points points(@Nullable String text) {
        return text == null ? null : Points.of(text);
    }

    private static @Nullable String code(@Nullable IndicatorCode code) {
        return code == null ? null : code.value();
    }

    private static @Nullable IndicatorCode code(@Nullable String code) {
        return code == null ? null : new IndicatorCode(code);
    }
}
