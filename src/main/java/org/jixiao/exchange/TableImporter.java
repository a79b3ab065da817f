package org.jixiao.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.table.Points;

/**
 * Imports a target table from a file or pasted text: finds the header by its column names, reads
 * every row after it, and turns the rows into a {@link org.jixiao.table.TargetTable} with an
 * {@link ImportReport}. Every row ends up as an indicator, a reported skip or a finding; the rule
 * checks of the table page run on the result. Plain Java: the web layer and the command line call it.
 */
public final class TableImporter {

    private final ImportLimits limits;

    public TableImporter(ImportLimits limits) {
        this.limits = limits;
    }

    public static TableImporter withDefaults() {
        return new TableImporter(ImportLimits.DEFAULTS);
    }

    public ImportResult importFile(Path file, ImportTarget target) {
        try {
            return importRows(TableFiles.read(file, limits), target);
        } catch (ImportRejectedException e) {
            return new ImportResult.Rejected(e.problem(), e.getMessage());
        } catch (IOException e) {
            return new ImportResult.Rejected(ImportProblem.UNREADABLE, "文件无法读取：" + file.getFileName());
        }
    }

    /** An uploaded file's bytes (.xlsx, .xls, .docx, .csv, .tsv or text). */
    public ImportResult importBytes(byte[] bytes, ImportTarget target) {
        try {
            return importRows(TableFiles.read(bytes, limits), target);
        } catch (ImportRejectedException e) {
            return new ImportResult.Rejected(e.problem(), e.getMessage());
        }
    }

    /** Text pasted from Excel or Word (tab-separated) or from a PDF. */
    public ImportResult importText(String text, ImportTarget target) {
        try {
            if (text.getBytes(StandardCharsets.UTF_8).length > limits.maxBytes()) {
                throw new ImportRejectedException(ImportProblem.TOO_LARGE, "粘贴的文字过多：请分批粘贴或上传文件");
            }
            return importRows(TextTableReader.read(text, limits), target);
        } catch (ImportRejectedException e) {
            return new ImportResult.Rejected(e.problem(), e.getMessage());
        }
    }

    public ImportResult importRows(List<SourceRow> rows, ImportTarget target) {
        try {
            return walk(rows, target);
        } catch (ImportRejectedException e) {
            return new ImportResult.Rejected(e.problem(), e.getMessage());
        }
    }

    private ImportResult walk(List<SourceRow> rows, ImportTarget target) {
        if (rows.size() > limits.maxRows()) {
            throw new ImportRejectedException(ImportProblem.TOO_MANY_ROWS,
                    "表格有 " + rows.size() + " 行，超过导入上限 " + limits.maxRows() + " 行");
        }
        List<CategoryLabel.Alias> names = CategoryLabel.templateNames(target.template());
        Preamble preamble = new Preamble();
        TableAssembler assembler = new TableAssembler(subAreas(target));
        List<SkippedRow> skipped = new ArrayList<>();
        List<SourceRow> headerRows = new ArrayList<>();
        RowAligner aligner = null;
        IgnoredColumns ignored = new IgnoredColumns();
        Points declaredTotal = null;
        boolean inHeader = false;
        int headerGroups = 0;
        for (SourceRow raw : rows) {
            SourceRow row = withoutResidue(raw);
            if (row.isBlank()) {
                // Blank lines are no content a person needs to hear about; formula residue is.
                if (!raw.isBlank()) {
                    skipped.add(new SkippedRow(raw, SkippedRow.Reason.FORMULA_RESIDUE));
                }
                continue;
            }
            boolean header = HeaderLayout.isHeader(row);
            boolean continuation = inHeader && (header || HeaderLayout.continuesHeader(row));
            if (header || continuation) {
                if (!continuation) {
                    headerGroups++;
                    headerRows = new ArrayList<>();
                }
                headerRows.add(row);
                HeaderLayout layout = HeaderLayout.of(headerRows);
                aligner = new RowAligner(layout, names);
                ignored.header(headerRows.get(0), layout);
                skipped.add(new SkippedRow(raw, headerGroups == 1 ? SkippedRow.Reason.HEADER
                        : SkippedRow.Reason.PAGE_HEADER));
                inHeader = true;
                continue;
            }
            inHeader = false;
            if (aligner == null) {
                preamble.read(row);
                skipped.add(new SkippedRow(raw, SkippedRow.Reason.BEFORE_TABLE));
                continue;
            }
            row = withoutHeaderWords(row);
            RowFields fields = aligner.align(row.cells());
            if (isTotal(row, fields)) {
                assembler.applyLabelsOnly(row, fields);
                declaredTotal = declaredTotal(row).orElse(declaredTotal);
                skipped.add(new SkippedRow(raw, SkippedRow.Reason.TOTAL));
                continue;
            }
            if (outsideTable(row, fields)) {
                skipped.add(new SkippedRow(raw, SkippedRow.Reason.OUTSIDE_TABLE));
                continue;
            }
            if (aligner.fitsHeader(row.cells())) {
                ignored.row(row);
            }
            switch (assembler.add(row, fields)) {
                case LABEL_ONLY -> skipped.add(new SkippedRow(raw, SkippedRow.Reason.LABEL_ONLY));
                case CODE_WITHOUT_CONTENT -> skipped.add(new SkippedRow(raw, SkippedRow.Reason.CODE_WITHOUT_CONTENT));
                default -> {
                }
            }
        }
        if (aligner == null) {
            throw new ImportRejectedException(ImportProblem.NO_HEADER);
        }
        return new TableBuilder(target, assembler, preamble, declaredTotal, ignored.notes()).build(skipped);
    }

    /** Sub-areas of 行政能力 in common use, and those of the cycle's template (its fixed items' areas). */
    private static final java.util.Set<String> SUB_AREAS = java.util.Set.of("思想建设", "从严治党", "依法行政",
            "依法履职", "依法办事", "机关效能", "政务服务", "科学行政", "高效行政", "廉洁行政", "管理创新", "高效服务",
            "廉洁建设", "党的建设", "党风廉政建设");

    private static java.util.Set<String> subAreas(ImportTarget target) {
        java.util.Set<String> areas = new java.util.HashSet<>(SUB_AREAS);
        if (target.template() != null) {
            target.template().categories().forEach(c -> c.fixedItems().forEach(item -> {
                if (!item.area().isBlank()) {
                    areas.add(CellText.joinedHan(item.area()));
                }
            }));
        }
        return areas;
    }

    /** Formula errors (#DIV/0! …) are residue of the spreadsheet, not content. */
    private static SourceRow withoutResidue(SourceRow row) {
        if (row.cells().stream().noneMatch(CellText::isResidue)) {
            return row;
        }
        return new SourceRow(row.origin(), row.number(),
                row.cells().stream().map(c -> CellText.isResidue(c) ? "" : c).toList());
    }

    /** A column name leaked into a data row by extraction ("二级指标" under a fixed item) is no content. */
    private static SourceRow withoutHeaderWords(SourceRow row) {
        return new SourceRow(row.origin(), row.number(), row.cells().stream()
                .map(c -> ColumnKind.of(c).filter(k -> k != ColumnKind.IGNORED).isPresent() ? "" : c).toList());
    }

    private static boolean isTotal(SourceRow row, RowFields fields) {
        return fields.code() == null && row.cells().stream()
                .anyMatch(c -> c.length() <= 40 && CategoryLabel.isTotal(c));
    }

    private static Optional<Points> declaredTotal(SourceRow row) {
        if (row.cells().stream().noneMatch(c -> c.length() <= 40 && CategoryLabel.isDeclaredTotal(c))) {
            return Optional.empty();
        }
        return row.cells().stream().filter(CellText::isNumber).reduce((a, b) -> b).flatMap(CellText::number);
    }

    /** Notes, 抄送 and signature lines after the table: one cell of text in the first column and nothing else. */
    private static boolean outsideTable(SourceRow row, RowFields fields) {
        long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
        return filled == 1 && !row.cell(0).isBlank() && fields.code() == null && fields.labels().isEmpty();
    }
}
