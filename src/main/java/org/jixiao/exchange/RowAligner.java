package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.table.IndicatorCode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a data row into {@link RowFields}. A row that fits its header is read by position, so
 * columns may come in any order. A row that does not (text extracted from a PDF shifts cells left
 * or right) is anchored on its code, its weight and its deadline: the text cells before the weight
 * are right-aligned to the header's text columns, the cells after the deadline left-aligned to the
 * header's remaining columns — the order every official table has.
 */
final class RowAligner {

    private static final Pattern DOCUMENT = Pattern.compile("〔|号|《|通知|方案|意见|要点|规定|三定|办法|决定|规划|纲要|条例");

    private final HeaderLayout layout;
    private final List<CategoryLabel.Alias> extraNames;

    RowAligner(HeaderLayout layout, List<CategoryLabel.Alias> extraNames) {
        this.layout = layout;
        this.extraNames = extraNames;
    }

    RowFields align(List<String> cells) {
        return fitsHeader(cells) ? byPosition(cells) : anchored(cells);
    }

    /** Whether the row's cells stand where its header says (else it is read anchored on code, weight, deadline). */
    boolean fitsHeader(List<String> cells) {
        for (Map.Entry<Integer, ColumnKind> column : layout.columns().entrySet()) {
            String cell = cell(cells, column.getKey());
            if (cell.isBlank()) {
                continue;
            }
            boolean plausible = switch (column.getValue()) {
                case CATEGORY -> CellText.code(cell).isEmpty() && !CellText.isNumber(cell);
                case CODE -> CellText.code(cell).isPresent() || isLabel(cell);
                case BASIS, FIRST_LEVEL, SECOND_LEVEL, CONTENT -> CellText.code(cell).isEmpty()
                        && !CellText.isNumber(cell) && !CellText.isDeadline(cell) && !isLabel(cell);
                case WEIGHT -> CellText.isNumber(cell);
                case DEADLINE -> !CellText.isNumber(cell) && CellText.code(cell).isEmpty();
                case DEPARTMENT, HEAD, PERSON, LEADER -> !CellText.isNumber(cell) && !CellText.isDeadline(cell)
                        && CellText.code(cell).isEmpty() && cell.length() <= 80;
                default -> true;
            };
            if (!plausible) {
                return false;
            }
        }
        return true;
    }

    private RowFields byPosition(List<String> cells) {
        Map<ColumnKind, String> values = new EnumMap<>(ColumnKind.class);
        List<CategoryLabel> labels = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int codeAt = layout.position(ColumnKind.CODE).orElse(-1);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isBlank()) {
                continue;
            }
            ColumnKind kind = layout.columns().get(i);
            if (kind == ColumnKind.CATEGORY || kind == ColumnKind.CODE && CellText.code(cell).isEmpty()
                    || kind == null && (codeAt < 0 || i < codeAt)) {
                List<CategoryLabel> parsed = CategoryLabel.parse(cell, extraNames);
                if (parsed.isEmpty()) {
                    others.add(cell);
                } else {
                    labels.addAll(parsed);
                }
            } else if (kind != null) {
                values.merge(kind, cell, (a, b) -> a + "\n" + b);
            }
        }
        IndicatorCode code = CellText.code(values.getOrDefault(ColumnKind.CODE, "")).orElse(null);
        return fields(labels, others, code, values);
    }

    private RowFields anchored(List<String> cells) {
        List<CategoryLabel> labels = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int codeAt = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (CellText.code(cells.get(i)).isPresent()) {
                codeAt = i;
                break;
            }
            if (CellText.isNumber(cells.get(i)) || CellText.isDeadline(cells.get(i))) {
                break;
            }
        }
        int contentFrom = 0;
        for (int i = 0; i < cells.size() && (codeAt < 0 || i < codeAt); i++) {
            String cell = cells.get(i);
            List<CategoryLabel> parsed = cell.isBlank() ? List.of() : CategoryLabel.parse(cell, extraNames);
            if (!parsed.isEmpty()) {
                labels.addAll(parsed);
                contentFrom = i + 1;
            } else if (!cell.isBlank() && codeAt >= 0) {
                others.add(cell);
            } else if (!cell.isBlank()) {
                break;
            }
        }
        if (codeAt >= 0) {
            contentFrom = codeAt + 1;
        }
        int weightAt = -1;
        int deadlineAt = -1;
        for (int i = contentFrom; i < cells.size(); i++) {
            if (CellText.isNumber(cells.get(i))) {
                weightAt = i;
                break;
            }
        }
        int after = weightAt >= 0 ? weightAt + 1 : contentFrom;
        for (int i = after; i < cells.size() && (weightAt < 0 || i <= weightAt + 2); i++) {
            if (CellText.isDeadline(cells.get(i))) {
                deadlineAt = i;
                break;
            }
        }
        int contentTo = weightAt >= 0 ? weightAt : deadlineAt >= 0 ? deadlineAt : cells.size();
        if (weightAt < 0 && deadlineAt > contentFrom && cell(cells, deadlineAt - 1).isBlank()) {
            contentTo = deadlineAt - 1;
        }
        Map<ColumnKind, String> values = new EnumMap<>(ColumnKind.class);
        alignTexts(cells.subList(Math.min(contentFrom, contentTo), contentTo), values);
        if (weightAt >= 0) {
            values.put(ColumnKind.WEIGHT, cells.get(weightAt));
        }
        int trailingFrom;
        if (deadlineAt >= 0) {
            values.put(ColumnKind.DEADLINE, cells.get(deadlineAt));
            trailingFrom = deadlineAt + 1;
        } else if (weightAt >= 0) {
            values.put(ColumnKind.DEADLINE, cell(cells, weightAt + 1));
            trailingFrom = weightAt + 2;
        } else {
            trailingFrom = contentTo;
        }
        List<ColumnKind> trailing = layout.trailingKinds();
        for (int k = 0; k < trailing.size() && trailingFrom + k < cells.size(); k++) {
            String cell = cells.get(trailingFrom + k);
            if (!cell.isBlank()) {
                values.merge(trailing.get(k), cell, (a, b) -> a + "\n" + b);
            }
        }
        IndicatorCode code = codeAt >= 0 ? CellText.code(cells.get(codeAt)).orElseThrow() : null;
        return fields(labels, others, code, values);
    }

    /** Right-aligns the cells between code and weight to the header's text columns. */
    private void alignTexts(List<String> block, Map<ColumnKind, String> values) {
        List<ColumnKind> slots = layout.textKinds();
        if (slots.isEmpty()) {
            slots = List.of(ColumnKind.BASIS, ColumnKind.FIRST_LEVEL, ColumnKind.SECOND_LEVEL);
        }
        int offset = block.size() - slots.size();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            int slot = i - offset;
            if (slot < 0) {
                if (!block.get(i).isBlank()) {
                    dropped.add(block.get(i));
                }
                continue;
            }
            if (!block.get(i).isBlank()) {
                values.merge(slots.get(slot), block.get(i), (a, b) -> a + "\n" + b);
            }
        }
        if (!dropped.isEmpty()) {
            ColumnKind first = slots.get(0);
            values.merge(first, String.join("\n", dropped), (a, b) -> b + "\n" + a);
        }
    }

    private RowFields fields(List<CategoryLabel> labels, List<String> others, @Nullable IndicatorCode code,
                             Map<ColumnKind, String> values) {
        String basis = values.getOrDefault(ColumnKind.BASIS, "");
        String first = values.getOrDefault(ColumnKind.FIRST_LEVEL, values.getOrDefault(ColumnKind.CONTENT, ""));
        String second = values.getOrDefault(ColumnKind.SECOND_LEVEL, "");
        if (!basis.isBlank() && first.isBlank() && second.isBlank() && !DOCUMENT.matcher(basis).find()) {
            // A lone text that is no document reference was shifted into 文件依据 by the extraction.
            second = basis;
            basis = "";
        }
        return new RowFields(labels, others, code, new RowFields.Texts(basis, first, second),
                values.getOrDefault(ColumnKind.WEIGHT, ""), values.getOrDefault(ColumnKind.DEADLINE, ""),
                values.getOrDefault(ColumnKind.DEPARTMENT, ""), values.getOrDefault(ColumnKind.HEAD, ""),
                values.getOrDefault(ColumnKind.PERSON, ""), values.getOrDefault(ColumnKind.LEADER, ""),
                values.getOrDefault(ColumnKind.REMARK, ""));
    }

    private boolean isLabel(String cell) {
        return !CategoryLabel.parse(cell, extraNames).isEmpty();
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
