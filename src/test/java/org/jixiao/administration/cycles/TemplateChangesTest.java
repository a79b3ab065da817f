package org.jixiao.administration.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.Points;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.junit.jupiter.api.Test;

/** What the impact preview says an edit changes. */
class TemplateChangesTest {

    private static final TableTemplate CITY = StandardTemplates.cityGovernment(2026);

    @Test
    void anUnchangedTemplateHasNoChanges() {
        assertThat(TemplateChanges.between(CITY, StandardTemplates.cityGovernment(2026))).isEmpty();
    }

    @Test
    void rewrittenAndReweightedFixedItemsAreNamedByCode() {
        TableTemplate edited = withCapacityItem(0, item -> new FixedItemTemplate(item.code(), item.area(),
                "全面从严治党。", Points.of(2), item.leadDepartment()));

        assertThat(TemplateChanges.between(CITY, edited)).extracting(TemplateChange::code)
                .containsExactly("CATEGORY_POINTS_CHANGED", "FIXED_ITEM_TEXT_CHANGED", "FIXED_ITEM_WEIGHT_CHANGED");
        assertThat(TemplateChanges.between(CITY, edited)).extracting(TemplateChange::message)
                .anySatisfy(m -> assertThat(m).contains("4-1").contains("1 → 2"));
    }

    @Test
    void addedAndRemovedCategoriesAreListed() {
        List<CategoryTemplate> categories = new ArrayList<>(CITY.categories());
        categories.remove(categories.size() - 1);
        categories.add(new CategoryTemplate("business", "营商环境", "", org.jixiao.table.CategoryRole.OTHER,
                Points.of(1), List.of()));

        List<TemplateChange> changes = TemplateChanges.between(CITY, new TableTemplate(2026, categories, CITY.rules()));

        assertThat(changes).extracting(TemplateChange::code).containsExactly("CATEGORY_ADDED", "CATEGORY_REMOVED");
    }

    @Test
    void changedRulesAreListedWithTheTotalWhereItChanged() {
        TableTemplate scaled = CITY.scaledTo(Points.of(1000));

        assertThat(TemplateChanges.between(CITY, scaled)).filteredOn(c -> c.code().equals("RULES_CHANGED"))
                .singleElement().satisfies(c -> assertThat(c.message()).contains("100 → 1000"));
    }

    private static TableTemplate withCapacityItem(int index, java.util.function.UnaryOperator<FixedItemTemplate> edit) {
        List<CategoryTemplate> categories = new ArrayList<>(CITY.categories());
        CategoryTemplate capacity = categories.get(3);
        List<FixedItemTemplate> items = new ArrayList<>(capacity.fixedItems());
        items.set(index, edit.apply(items.get(index)));
        categories.set(3, new CategoryTemplate(capacity.key(), capacity.name(), capacity.group(), capacity.role(),
                Points.of(21), items, capacity.codeNumber(), capacity.leadDepartment()));
        return new TableTemplate(2026, categories, CITY.rules());
    }
}
