package org.jixiao.administration.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.Points;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.junit.jupiter.api.Test;

/** A template units can work to: points add up and fixed items are where they belong. */
class TemplateValidationTest {

    private static final TableTemplate CITY = StandardTemplates.cityGovernment(2026);

    @Test
    void thePresetsAreValid() {
        assertThat(TemplateValidation.problems(CITY)).isEmpty();
        assertThat(TemplateValidation.problems(StandardTemplates.district(2026))).isEmpty();
        assertThat(TemplateValidation.problems(CITY.scaledTo(Points.of(1000)))).isEmpty();
    }

    @Test
    void fixedItemsMustAddUpToTheirCategorysPoints() {
        List<CategoryTemplate> categories = new ArrayList<>(CITY.categories());
        CategoryTemplate civility = categories.get(4);
        categories.set(4, new CategoryTemplate(civility.key(), civility.name(), "", CategoryRole.OTHER, Points.of(4),
                List.of(new FixedItemTemplate(new IndicatorCode("7-1"), "", "精神文明建设成效。", Points.of(3)))));

        assertThat(TemplateValidation.problems(new TableTemplate(2026, categories, CITY.rules())))
                .containsOnlyKeys("categories[4].points")
                .hasEntrySatisfying("categories[4].points", m -> assertThat(m).contains("4").contains("3"));
    }

    @Test
    void functionalCategoriesHaveNoFixedItemsAndCodesAreNotRepeated() {
        List<CategoryTemplate> categories = new ArrayList<>(CITY.categories());
        CategoryTemplate key = categories.get(0);
        categories.set(0, new CategoryTemplate(key.key(), key.name(), key.group(), key.role(), key.points(),
                List.of(new FixedItemTemplate(new IndicatorCode("7-1"), "", "重复的序号。", Points.of(15)))));

        assertThat(TemplateValidation.problems(new TableTemplate(2026, categories, CITY.rules())))
                .containsOnlyKeys("categories[0].role", "categories[4].items[0].code");
    }
}
