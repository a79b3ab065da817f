package org.jixiao.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.exchange.ImportReport;
import org.jixiao.exchange.ImportResult;
import org.jixiao.exchange.ImportTarget;
import org.jixiao.exchange.TableImporter;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitRepository;
import org.jixiao.table.TargetTable;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's table imported from a file or pasted text, for the web import (preview, then confirm) and
 * the API (import and replace at once): the same access checks, the same rules, the same lock.
 */
@Service
public class TableImports {

    private final TableImporter importer = TableImporter.withDefaults();
    private final TargetTableService tables;
    private final LastYearTables lastYear;
    private final AssessmentCycles cycles;
    private final UnitRepository units;
    private final PlanStatuses plans;
    private final TargetTableRepository stored;

    TableImports(TargetTableService tables, LastYearTables lastYear, AssessmentCycles cycles, UnitRepository units,
                 PlanStatuses plans, TargetTableRepository stored) {
        this.stored = stored;
        this.tables = tables;
        this.lastYear = lastYear;
        this.cycles = cycles;
        this.units = units;
        this.plans = plans;
    }

    /** What to import: a file's bytes, or text pasted from Excel, Word or a PDF. */
    public record Upload(byte[] content, boolean pasted) {

        public static Upload file(byte[] content) {
            return new Upload(content, false);
        }

        public static Upload text(String text) {
            return new Upload(text.getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /** The stored table's id and what the import found (findings with their file rows, rows left out). */
    public record Replaced(UUID tableId, ImportReport report) {
    }

    /**
     * Refuses, before anything is read, a user who may not replace the unit's table (404 for another
     * unit, 403 for a role that does not edit) and a table that is submitted (409), unless a mid-year
     * adjustment is open: then the import is checked against the adjustment when it is stored.
     */
    public void requireReplaceable(long cycleId, long unitId, CurrentUser user) {
        if (!user.canRead(unitId)) {
            throw new NotFound("单位不存在：" + unitId);
        }
        if (!user.canEdit(unitId)) {
            throw new AccessDeniedException("无权编辑该单位的考评表");
        }
        cycle(cycleId);
        plans.requireChangeable(cycleId, unitId);
    }

    /** Reads the upload into a table for the preview; nothing is stored. */
    public ImportResult read(long cycleId, long unitId, Upload upload, CurrentUser user) {
        requireReplaceable(cycleId, unitId, user);
        return run(cycle(cycleId), unit(unitId), upload);
    }

    /**
     * What storing a previewed import would do to the unit's table: rows carrying year-end data it
     * would drop, changes outside an open adjustment.
     */
    public TargetTableService.ReplacementCheck check(ImportResult.Imported imported) {
        return tables.checkReplacement(imported.table());
    }

    /**
     * Reads the upload and stores it as the unit's table, replacing the one it has; rows that match
     * keep their ids. A refused file is a {@link Refused} with the {@link org.jixiao.exchange.ImportProblem}
     * as its code; an import that would drop rows carrying year-end data is refused with
     * {@code ROWS_WOULD_BE_ORPHANED} unless {@code confirmOrphans}, a file naming another unit with
     * {@code IMPORT_UNIT_MISMATCH} unless {@code confirmUnit}; nothing is stored then.
     */
    @Transactional
    public Replaced replace(long cycleId, long unitId, Upload upload, boolean confirmOrphans, boolean confirmUnit,
                            CurrentUser user) {
        requireReplaceable(cycleId, unitId, user);
        Unit unit = unit(unitId);
        ImportResult result = run(cycle(cycleId), unit, upload);
        if (result instanceof ImportResult.Rejected rejected) {
            throw Refused.invalid(rejected.problem().name(), rejected.message());
        }
        ImportResult.Imported imported = (ImportResult.Imported) result;
        if (!confirmUnit) {
            Optional<String> other = otherUnit(imported, unit);
            if (other.isPresent()) {
                throw new Refused(Refused.Kind.CONFLICT, UNIT_MISMATCH, other.get());
            }
        }
        return new Replaced(tables.replace(imported.table(), user, confirmOrphans, "导入考评表"), imported.report());
    }

    /** The code of the refusal of a file that names another unit than the one it is imported into. */
    public static final String UNIT_MISMATCH = "IMPORT_UNIT_MISMATCH";

    /**
     * Why the file needs a confirmation, when it names another unit than the one it is imported into
     * (known by its name, its short name and the name its current table carries); empty when it does not.
     */
    public Optional<String> otherUnit(ImportResult.Imported imported, Unit unit) {
        List<String> names = new ArrayList<>(List.of(unit.name(), unit.shortName()));
        stored.findId(imported.table().cycleId(), unit.id()).flatMap(stored::find)
                .ifPresent(current -> names.add(current.table().unitName()));
        if (!imported.report().namesOtherUnit(names)) {
            return Optional.empty();
        }
        return Optional.of("文件中的参评单位是“" + imported.report().unitName() + "”，不是要导入的“" + unit.name()
                + "”：请核对是否上传了其他单位的考评表；确认无误后再确认导入");
    }

    private ImportResult run(AssessmentCycle cycle, Unit unit, Upload upload) {
        @Nullable TargetTable previous = lastYear.previousTable(cycle.id(), unit.id()).orElse(null);
        ImportTarget target = new ImportTarget(cycle.id(), unit.id(), cycle.template(), previous);
        ImportResult result = upload.pasted()
                ? importer.importText(new String(upload.content(), StandardCharsets.UTF_8), target)
                : importer.importBytes(upload.content(), target);
        if (result instanceof ImportResult.Imported imported) {
            // The table belongs to the unit it is imported for: its name as registered, whatever the
            // file calls it (the preview shows the file's name beside it).
            TargetTable table = imported.table();
            TargetTable named = new TargetTable(table.id(), table.cycleId(), table.unitId(), unit.name(), table.year(),
                    table.categories());
            // One code path for the rules: the preview shows what the stored table will show.
            return new ImportResult.Imported(named, imported.template(),
                    imported.report().withRuleFindings(tables.check(named, cycle)));
        }
        return result;
    }

    private AssessmentCycle cycle(long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在：" + cycleId));
    }

    private Unit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFound("单位不存在：" + unitId));
    }
}
