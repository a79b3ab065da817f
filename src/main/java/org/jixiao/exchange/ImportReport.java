package org.jixiao.exchange;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.table.Points;
import org.jspecify.annotations.Nullable;

/**
 * What an import found, for the preview and the command line: the unit and year read from the
 * file, points declared for a heading over several categories (职能工作目标), every finding with the
 * file's row it concerns, every row left out and why, and the file row of each indicator.
 */
public record ImportReport(
        String unitName,
        int year,
        List<GroupPoints> groups,
        List<ImportNote> notes,
        List<SkippedRow> skipped,
        Map<UUID, SourceRow> sources) {

    /** Points declared for a heading over several categories, and what its categories add up to. */
    public record GroupPoints(String name, Points declaredPoints, Points actualPoints) {
    }

    public ImportReport {
        groups = List.copyOf(groups);
        notes = notes.stream().sorted(Comparator.comparing((ImportNote n) -> n.finding().severity())
                .thenComparingInt(n -> n.row() == null ? Integer.MAX_VALUE : n.row().number())).toList();
        skipped = List.copyOf(skipped);
        sources = Map.copyOf(sources);
    }

    /**
     * Whether the file names a unit other than the one it is imported into, known by {@code names} (its
     * registered name, short name, the name its table carries): for none of them does one name contain
     * the other, spaces and brackets aside. A file naming no unit names no other.
     */
    public boolean namesOtherUnit(java.util.Collection<String> names) {
        String file = comparable(this.unitName);
        return !file.isEmpty() && names.stream().map(ImportReport::comparable).filter(n -> n.length() >= 2)
                .noneMatch(n -> file.contains(n) || n.contains(file));
    }

    private static String comparable(String name) {
        return CellText.compact(name).replaceAll("[（(][^）)]*[)）]", "");
    }

    /** Whether a note is the import's own (about the file), not a rule's finding on the table. */
    public static boolean isImportNote(ImportNote note) {
        return note.finding().code().startsWith("IMPORT_");
    }

    /**
     * The report with the rules' findings replaced by {@code ruleFindings} (as the stored table will
     * show them), each pointed at its file row; the import's own notes stay.
     */
    public ImportReport withRuleFindings(List<org.jixiao.table.Finding> ruleFindings) {
        List<ImportNote> merged = new java.util.ArrayList<>(notes.stream().filter(ImportReport::isImportNote).toList());
        ruleFindings.forEach(f -> merged.add(new ImportNote(f, sourceOf(f.location().rowId()).orElse(null))));
        return new ImportReport(unitName, year, groups, merged, skipped, sources);
    }

    public boolean hasErrors() {
        return notes.stream().anyMatch(n -> n.finding().isError());
    }

    /** The file row an indicator was read from. */
    public Optional<SourceRow> sourceOf(@Nullable UUID rowId) {
        return rowId == null ? Optional.empty() : Optional.ofNullable(sources.get(rowId));
    }
}
