package org.jixiao.plan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.plan.PlanVersion;
import org.jixiao.plan.TableDiff;
import org.jixiao.table.TargetTable;

/** The JSON shapes of the versions API: a version, a version with its table, a comparison. */
final class VersionJson {

    private VersionJson() {
    }

    record Version(int number, String kind, String kindLabel, String approvedBy, Instant approvedAt,
                   String approvalText, String reason) {

        static Version of(PlanVersion v) {
            return new Version(v.number(), v.kind().name(), v.kind().label(), v.approvedBy(), v.approvedAt(),
                    v.approvalText(), v.reason());
        }
    }

    /** A version and the table as it was frozen in it. */
    record Frozen(Version version, UUID tableId, String unitName, int year, BigDecimal totalPoints,
                  List<TableJson.Category> categories) {

        static Frozen of(PlanVersion version, TargetTable table) {
            return new Frozen(Version.of(version), table.id(), table.unitName(), table.year(),
                    table.totalPoints().value(), table.categories().stream().map(TableJson.Category::of).toList());
        }
    }

    /** From which version to which ("current" for the table as it is now), and what changed. */
    record Diff(String from, String to, List<Row> added, List<Row> removed, List<Row> changed, List<String> reordered,
                List<CategoryPoints> categories, Total total) {

        static Diff of(String from, String to, TableDiff diff) {
            return new Diff(from, to, diff.added().stream().map(Row::of).toList(),
                    diff.removed().stream().map(Row::of).toList(), diff.changed().stream().map(Row::of).toList(),
                    diff.reordered(), diff.categories().stream().map(CategoryPoints::of).toList(),
                    new Total(diff.totalBefore(), diff.totalAfter(), diff.totalDifference()));
        }
    }

    record Row(UUID id, String level, String category, String code, String text, List<Field> fields) {

        static Row of(TableDiff.RowChange row) {
            return new Row(row.id(), row.level().name(), row.category(), row.code(), row.text(),
                    row.fields().stream().map(f -> new Field(f.field().name(), f.field().label(), f.before(), f.after()))
                            .toList());
        }
    }

    record Field(String field, String label, String before, String after) {
    }

    record CategoryPoints(String key, String name, BigDecimal before, BigDecimal after, BigDecimal difference) {

        static CategoryPoints of(TableDiff.CategoryPoints c) {
            return new CategoryPoints(c.key(), c.name(), c.before(), c.after(), c.difference());
        }
    }

    record Total(BigDecimal before, BigDecimal after, BigDecimal difference) {
    }
}
