package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Points;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jspecify.annotations.Nullable;

/** The mutable drafts an import fills row by row before it builds the immutable table. */
final class TableDraft {

    private TableDraft() {
    }

    static final class Category {
        final String name;
        final CategoryRole role;
        @Nullable Points declared;
        final List<FirstLevel> firstLevel = new ArrayList<>();

        Category(String name, CategoryRole role) {
            this.name = name;
            this.role = role;
        }

        boolean holdsItems() {
            return role == CategoryRole.ADMINISTRATIVE_CAPACITY || role == CategoryRole.OTHER;
        }

        @Nullable FirstLevel withCode(IndicatorCode code) {
            for (int i = firstLevel.size() - 1; i >= 0; i--) {
                if (code.equals(firstLevel.get(i).code)) {
                    return firstLevel.get(i);
                }
            }
            return null;
        }

        Points actualPoints() {
            return Points.sum(firstLevel.stream().map(l1 -> l1.build().actualPoints()).toList());
        }
    }

    static final class FirstLevel {
        final UUID id = UUID.randomUUID();
        final @Nullable IndicatorCode code;
        String text;
        @Nullable Points points;
        final List<String> basis = new ArrayList<>();
        String area = "";
        @Nullable Responsibility itemResponsibility;
        final List<SecondLevelIndicator> secondLevel = new ArrayList<>();

        FirstLevel(@Nullable IndicatorCode code, String text) {
            this.code = code;
            this.text = text;
        }

        void addBasis(String cell) {
            for (String part : cell.split("[；;\\n]+")) {
                String title = part.strip();
                if (!title.isEmpty() && !basis.contains(title)) {
                    basis.add(title);
                }
            }
        }

        FirstLevelIndicator build() {
            return new FirstLevelIndicator(id, code, text, points,
                    basis.stream().map(title -> PolicyReference.of(title, "")).toList(),
                    area, itemResponsibility, secondLevel);
        }
    }
}
