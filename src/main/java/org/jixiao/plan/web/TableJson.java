package org.jixiao.plan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.exchange.ImportNote;
import org.jixiao.exchange.SkippedRow;
import org.jixiao.plan.PlanAdjustment;
import org.jixiao.plan.PlanSheet;
import org.jixiao.plan.PlanTransition;
import org.jixiao.plan.ReturnNote;
import org.jixiao.plan.TableImports;
import org.jixiao.plan.TableView;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Finding;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the table API: a table with its plan, an import's answer, a transition's answer. */
final class TableJson {

    private TableJson() {
    }

    /**
     * @param version     the stored table's version, for optimistic edits
     * @param planVersion the latest approved version (考评表版本), {@code null} before the 批复
     * @param adjustment  the open mid-year adjustment, {@code null} when none
     */
    record Table(UUID id, Ref unit, Cycle cycle, String status, String statusLabel, boolean leaderConfirmed,
                 String approvalText, long version, @Nullable Integer planVersion, @Nullable Adjustment adjustment,
                 boolean editable, @Nullable BigDecimal totalPoints,
                 List<Category> categories, List<FindingJson> findings, List<Return> returnReasons,
                 List<Step> transitions) {

        static Table of(TableView view, PlanSheet plan) {
            AssessmentCycle cycle = view.cycle();
            return new Table(view.table().id(), new Ref(view.table().unitId(), view.table().unitName()),
                    new Cycle(cycle.id(), cycle.year(), cycle.series(), cycle.name()), plan.status().name(),
                    plan.status().label(), plan.plan().leaderConfirmed(), plan.plan().approvalText(), view.version(),
                    plan.planVersion(), plan.adjustment() == null ? null : Adjustment.of(plan.adjustment()),
                    view.editable(), value(view.table().totalPoints()),
                    view.table().categories().stream().map(Category::of).toList(),
                    view.findings().stream().map(FindingJson::of).toList(),
                    plan.returns().stream().map(Return::of).toList(),
                    plan.history().stream().map(Step::of).toList());
        }
    }

    record Ref(long id, String name) {
    }

    /** 年中调整: why, the rows it names, who asked and when, and the state the table returns to. */
    record Adjustment(String reason, List<UUID> rows, String requestedBy, Instant requestedAt, String resumeTo) {

        static Adjustment of(PlanAdjustment a) {
            return new Adjustment(a.reason(), a.rows(), a.requestedBy(), a.requestedAt(), a.resumeTo().name());
        }
    }

    record Cycle(long id, int year, String series, String name) {
    }

    /** Also used for the tables of frozen versions. */
    record Category(String key, String name, String role, @Nullable BigDecimal declaredPoints,
                    @Nullable BigDecimal actualPoints, List<Indicator> indicators) {

        static Category of(TableCategory category) {
            return new Category(category.key(), category.name(), category.role().name(),
                    value(category.declaredPoints()), value(category.actualPoints()),
                    category.firstLevel().stream().map(Indicator::of).toList());
        }
    }

    /** 一级指标; a fixed item (行政能力 …) carries its own responsibility and no second level. */
    record Indicator(UUID id, @Nullable String code, String text, @Nullable BigDecimal points, String area,
                     boolean fixedItem, List<Reference> policyReferences, @Nullable Duty responsibility,
                     List<SecondLevel> secondLevel) {

        static Indicator of(FirstLevelIndicator l1) {
            return new Indicator(l1.id(), codeOf(l1.code()), l1.text(), value(l1.points()), l1.area(), l1.isItem(),
                    l1.basis().stream().map(Reference::of).toList(),
                    l1.responsibility() == null ? null : Duty.of(l1.responsibility()),
                    l1.secondLevel().stream().map(SecondLevel::of).toList());
        }
    }

    /** 二级指标. */
    record SecondLevel(UUID id, @Nullable String code, String text, @Nullable BigDecimal weight, Duty responsibility) {

        static SecondLevel of(SecondLevelIndicator l2) {
            return new SecondLevel(l2.id(), codeOf(l2.code()), l2.text(), value(l2.weight()),
                    Duty.of(l2.responsibility()));
        }
    }

    record Reference(String title, @Nullable String documentNumber, String note) {

        static Reference of(PolicyReference reference) {
            return new Reference(reference.title(),
                    reference.number() == null ? null : reference.number().toString(), reference.note());
        }
    }

    /** 完成时限, 责任科室 with 科室负责人, 分管领导, 责任人, 备注. */
    record Duty(String deadline, List<Department> departments, List<String> leaders, List<String> persons,
                String remark) {

        static Duty of(Responsibility r) {
            return new Duty(r.deadline(), r.departments().stream().map(d -> new Department(d.name(), d.head())).toList(),
                    r.leaders(), r.persons(), r.remark());
        }
    }

    record Department(String name, String head) {
    }

    record FindingJson(String code, String severity, String location, @Nullable UUID rowId, String message) {

        static FindingJson of(Finding finding) {
            return new FindingJson(finding.code(), finding.severity().name(), finding.location().toString(),
                    finding.location().rowId(), finding.message());
        }
    }

    record Return(String reason, String by, String role, Instant at, List<UUID> rows) {

        static Return of(ReturnNote note) {
            return new Return(note.reason(), note.by(), note.role().name(), note.at(), note.rows());
        }
    }

    /** One step of the plan's append-only log. */
    record Step(String action, String from, String to, String actor, String role, String reason, Instant at) {

        static Step of(PlanTransition t) {
            return new Step(t.action().name(), t.from().name(), t.to().name(), t.actor(), t.role().name(), t.reason(),
                    t.at());
        }
    }

    /** What a PUT answers: the stored table, the import's findings with their file rows, the rows left out. */
    record Imported(UUID id, List<ImportFinding> findings, List<Skipped> skippedRows) {

        static Imported of(TableImports.Replaced replaced) {
            return new Imported(replaced.tableId(),
                    replaced.report().notes().stream().map(ImportFinding::of).toList(),
                    replaced.report().skipped().stream().map(Skipped::of).toList());
        }
    }

    record ImportFinding(String code, String severity, String location, @Nullable UUID rowId, String message,
                         @Nullable Integer fileRow, @Nullable String where) {

        static ImportFinding of(ImportNote note) {
            Finding f = note.finding();
            return new ImportFinding(f.code(), f.severity().name(), f.location().toString(), f.location().rowId(),
                    f.message(), note.row() == null ? null : note.row().number(),
                    note.row() == null ? null : note.row().where());
        }
    }

    record Skipped(int fileRow, String where, String reason, String reasonText) {

        static Skipped of(SkippedRow row) {
            return new Skipped(row.row().number(), row.row().where(), row.reason().name(), row.reason().text());
        }
    }

    /** A transition's answer: the plan's status afterwards. */
    record Status(String status, String statusLabel) {
    }

    /** A transition's request. */
    record Transition(@Nullable String action, @Nullable String reason, @Nullable List<UUID> rows) {
    }

    private static @Nullable BigDecimal value(@Nullable Points points) {
        return points == null ? null : points.value();
    }

    private static @Nullable String codeOf(@Nullable IndicatorCode code) {
        return code == null ? null : code.value();
    }
}
