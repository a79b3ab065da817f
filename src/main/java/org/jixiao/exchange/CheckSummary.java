package org.jixiao.exchange;

import java.util.List;
import org.jixiao.table.Points;
import org.jixiao.table.TableCategory;
import org.jspecify.annotations.Nullable;

/**
 * What {@code table check} reports for one file, in one shape for text and JSON output.
 *
 * @param file       the file as given on the command line
 * @param unit       unit name read from the file, empty when none
 * @param categories each category with declared and actual points and counts
 * @param groups     headings declared over several categories (职能工作目标)
 * @param total      the table's actual total
 * @param required   what the table must total (the file's declared total, else 100)
 * @param notes      findings with their source rows
 * @param skipped    rows left out
 */
record CheckSummary(String file, String unit, List<CategoryLine> categories, List<ImportReport.GroupPoints> groups,
                    Points total, Points required, List<ImportNote> notes, List<SkippedRow> skipped) {

    record CategoryLine(String name, @Nullable Points declaredPoints, Points actualPoints, int firstLevelCount,
                        int secondLevelCount) {

        static CategoryLine of(TableCategory category) {
            return new CategoryLine(category.name(), category.declaredPoints(), category.actualPoints(),
                    category.firstLevel().size(), category.secondLevelCount());
        }
    }

    static CheckSummary of(String file, ImportResult.Imported imported) {
        return new CheckSummary(file, imported.table().unitName(),
                imported.table().categories().stream().map(CategoryLine::of).toList(),
                imported.report().groups(), imported.table().totalPoints(),
                imported.template().rules().totalPoints(), imported.report().notes(),
                imported.report().skipped());
    }

    boolean hasErrors() {
        return notes.stream().anyMatch(n -> n.finding().isError());
    }
}
