package org.jixiao.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;
import org.jspecify.annotations.Nullable;

/**
 * 行标识延续 — gives the rows of a table that replaces another (an import, a copy) the ids of the rows
 * they stand for, so that self-evaluations, evidence and scores stay attached. A row is the same
 * row when its code and normalised text both match; failing that, when its text matches (a row
 * renumbered because another was inserted before it); failing that, when its code matches (a row
 * whose wording was edited). First-level rows match within their category, second-level rows
 * anywhere in the table, preferring the same first-level row. Each old id is given at most once.
 */
public final class RowMatcher {

    private RowMatcher() {
    }

    /**
     * The replacement with the old table's id and, where rows match, the old rows' ids; which old
     * rows were kept and which are gone.
     */
    public record Matched(TargetTable table, Set<UUID> kept, List<UUID> dropped) {

        public Matched {
            kept = Set.copyOf(kept);
            dropped = List.copyOf(dropped);
        }

        /** Rows of the replacement that are new (no old row matched them). */
        public int added() {
            return RowContent.of(table).size() - kept.size();
        }
    }

    public static Matched match(TargetTable old, TargetTable replacement) {
        Map<UUID, UUID> firstLevel = new HashMap<>();
        for (TableCategory category : replacement.categories()) {
            List<FirstLevelIndicator> oldRows = old.category(category.key()).map(TableCategory::firstLevel)
                    .orElse(List.of());
            firstLevel.putAll(pair(oldRows, category.firstLevel(), FirstLevelIndicator::id,
                    l1 -> key(l1.code(), l1.text()), null));
        }
        List<Candidate<SecondLevelIndicator>> oldSecond = secondLevel(old, Map.of());
        List<Candidate<SecondLevelIndicator>> newSecond = secondLevel(replacement, firstLevel);
        Map<UUID, UUID> secondLevel = pairCandidates(oldSecond, newSecond);

        List<TableCategory> categories = replacement.categories().stream()
                .map(c -> c.withFirstLevel(c.firstLevel().stream()
                        .map(l1 -> new FirstLevelIndicator(firstLevel.getOrDefault(l1.id(), l1.id()), l1.code(),
                                l1.text(), l1.points(), l1.basis(), l1.area(), l1.responsibility(),
                                l1.secondLevel().stream().map(l2 -> new SecondLevelIndicator(
                                        secondLevel.getOrDefault(l2.id(), l2.id()), l2.code(), l2.text(), l2.weight(),
                                        l2.responsibility())).toList()))
                        .toList()))
                .toList();
        TargetTable matched = new TargetTable(old.id(), replacement.cycleId(), replacement.unitId(),
                replacement.unitName(), replacement.year(), categories);
        Set<UUID> kept = new LinkedHashSet<>(firstLevel.values());
        kept.addAll(secondLevel.values());
        List<UUID> dropped = RowContent.of(old).stream().map(RowContent::id).filter(id -> !kept.contains(id)).toList();
        return new Matched(matched, kept, dropped);
    }

    /** What text and code identify a row by; the parent is the first-level row it sits under. */
    private record Key(@Nullable String code, String text) {
    }

    private record Candidate<T>(T row, UUID id, Key key, @Nullable UUID parent) {
    }

    private static List<Candidate<SecondLevelIndicator>> secondLevel(TargetTable table, Map<UUID, UUID> parentIds) {
        List<Candidate<SecondLevelIndicator>> rows = new ArrayList<>();
        for (FirstLevelIndicator l1 : table.allFirstLevel()) {
            UUID parent = parentIds.getOrDefault(l1.id(), l1.id());
            for (SecondLevelIndicator l2 : l1.secondLevel()) {
                rows.add(new Candidate<>(l2, l2.id(), key(l2.code(), l2.text()), parent));
            }
        }
        return rows;
    }

    private static <T> Map<UUID, UUID> pair(List<T> oldRows, List<T> newRows, Function<T, UUID> id,
                                            Function<T, Key> key, @Nullable UUID parent) {
        return pairCandidates(oldRows.stream().map(r -> new Candidate<>(r, id.apply(r), key.apply(r), parent)).toList(),
                newRows.stream().map(r -> new Candidate<>(r, id.apply(r), key.apply(r), parent)).toList());
    }

    /** New id → old id, pass by pass, so that a stronger match always wins over a weaker one. */
    private static <T> Map<UUID, UUID> pairCandidates(List<Candidate<T>> oldRows, List<Candidate<T>> newRows) {
        Map<UUID, UUID> pairs = new HashMap<>();
        Set<UUID> used = new HashSet<>();
        List<Function<Candidate<T>, @Nullable Object>> passes = List.of(
                c -> c.key().code() == null || c.key().text().isEmpty() ? null : c.key(),
                c -> c.key().text().isEmpty() ? null : List.of(String.valueOf(c.parent()), c.key().text()),
                c -> c.key().code(),
                c -> c.key().text().isEmpty() ? null : c.key().text());
        for (Function<Candidate<T>, @Nullable Object> pass : passes) {
            for (Candidate<T> row : newRows) {
                if (pairs.containsKey(row.id())) {
                    continue;
                }
                Object wanted = pass.apply(row);
                if (wanted == null) {
                    continue;
                }
                for (Candidate<T> candidate : oldRows) {
                    if (!used.contains(candidate.id()) && Objects.equals(wanted, pass.apply(candidate))) {
                        pairs.put(row.id(), candidate.id());
                        used.add(candidate.id());
                        break;
                    }
                }
            }
        }
        return pairs;
    }

    private static Key key(@Nullable IndicatorCode code, String text) {
        return new Key(code == null ? null : code.value(), normalised(text));
    }

    /** The text with full-width forms folded, and whitespace and punctuation left out. */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{P}]+", "");
    }
}
