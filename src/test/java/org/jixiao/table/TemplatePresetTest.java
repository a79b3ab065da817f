package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The templates a new cycle starts from, on the 100-point scale and on others. */
class TemplatePresetTest {

    @ParameterizedTest(name = "{0} at {1} points")
    @CsvSource({"CITY, 100", "CITY, 1000", "DISTRICT, 100", "DISTRICT, 1000", "CITY, 150", "DISTRICT, 200"})
    void categoriesAddUpToTheCyclesTotal(TemplatePreset preset, int total) {
        TableTemplate template = preset.template(2026, Points.of(total));

        assertThat(template.rules().totalPoints()).isEqualTo(Points.of(total));
        assertThat(declared(template.categories())).isEqualTo(Points.of(total));
        assertThat(template.year()).isEqualTo(2026);
    }

    @ParameterizedTest(name = "{0} at {1} points")
    @CsvSource({"CITY, 100", "CITY, 1000", "DISTRICT, 100", "DISTRICT, 1000"})
    void fixedItemsAddUpToTheirCategorysPoints(TemplatePreset preset, int total) {
        for (CategoryTemplate category : preset.template(2026, Points.of(total)).categories()) {
            if (!category.fixedItems().isEmpty()) {
                assertThat(Points.sum(category.fixedItems().stream().map(FixedItemTemplate::weight).toList()))
                        .as(category.name()).isEqualTo(category.points());
            }
        }
    }

    @Test
    void cityPresetIsThe2025CityTemplate() {
        TableTemplate city = TemplatePreset.CITY.template(2025, Points.of(100));

        assertThat(city).isEqualTo(StandardTemplates.cityGovernment2025());
        assertThat(points(city, StandardTemplates.KEY_WORK)).isEqualTo(Points.of(15));
        assertThat(points(city, StandardTemplates.ROUTINE_WORK)).isEqualTo(Points.of(55));
        assertThat(points(city, StandardTemplates.ADMINISTRATIVE_CAPACITY)).isEqualTo(Points.of(20));
        assertThat(city.rules().capFunctionalAtLastYear()).isFalse();
    }

    @Test
    void districtPresetHasItsAreasAndCapsFirstLevelIndicatorsAtLastYear() {
        TableTemplate district = TemplatePreset.DISTRICT.template(2026, Points.of(100));

        CategoryTemplate capacity = district.category(StandardTemplates.ADMINISTRATIVE_CAPACITY).orElseThrow();
        assertThat(capacity.points()).isEqualTo(Points.of(20));
        assertThat(areaPoints(capacity, "从严治党")).isEqualTo(Points.of(6));
        assertThat(areaPoints(capacity, "依法履职")).isEqualTo(Points.of(8));
        assertThat(areaPoints(capacity, "机关效能")).isEqualTo(Points.of(6));
        assertThat(points(district, StandardTemplates.CIVILITY)).isEqualTo(Points.of(6));
        CategoryTemplate safety = district.category(StandardTemplates.PUBLIC_SAFETY).orElseThrow();
        assertThat(safety.points()).isEqualTo(Points.of(6));
        assertThat(safety.fixedItems()).extracting(FixedItemTemplate::area).containsExactly("平安建设", "安全生产", "消防安全");
        assertThat(district.rules().capFunctionalAtLastYear()).isTrue();
    }

    @Test
    void everyFixedItemOfTheDistrictPresetHasALeadDepartmentOrItsCategorysIsUsed() {
        TableTemplate district = TemplatePreset.DISTRICT.template(2026, Points.of(100));
        CategoryTemplate safety = district.category(StandardTemplates.PUBLIC_SAFETY).orElseThrow();

        assertThat(safety.fixedItems()).extracting(safety::leadDepartmentOf)
                .containsExactly("区委政法委", "区应急管理局", "区消防救援大队");
        CategoryTemplate civility = district.category(StandardTemplates.CIVILITY).orElseThrow();
        assertThat(civility.leadDepartmentOf(civility.fixedItems().get(0))).isEqualTo("区委文明办");
    }

    @Test
    void scalingTo1000MultipliesEveryPointsValueByTen() {
        TableTemplate scaled = TemplatePreset.CITY.template(2026, Points.of(1000));

        assertThat(points(scaled, StandardTemplates.KEY_WORK)).isEqualTo(Points.of(150));
        assertThat(scaled.category(StandardTemplates.ADMINISTRATIVE_CAPACITY).orElseThrow().fixedItems())
                .extracting(FixedItemTemplate::weight).contains(Points.of(10), Points.of(30));
        assertThat(scaled.rules().dynamicMaxPoints()).isEqualTo(Points.of(100));
        assertThat(scaled.rules().dynamicSingleItemPoints()).isEqualTo(Points.of(50));
        assertThat(points(scaled, StandardTemplates.DYNAMIC_WORK)).isNull();
    }

    @Test
    void aScaleThatNeedsMoreThanTwoDecimalsIsRefusedWithAReason() {
        assertThatThrownBy(() -> TemplatePreset.CITY.template(2026, Points.of("33.33")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("超过两位小数")
                .hasMessageContaining("33.33");
    }

    @Test
    void aTemplateMovesToANewYearUnchangedOtherwise() {
        TableTemplate template = TemplatePreset.DISTRICT.template(2025, Points.of(100));

        TableTemplate next = template.forYear(2026);

        assertThat(next.year()).isEqualTo(2026);
        assertThat(next.categories()).isEqualTo(template.categories());
        assertThat(next.rules()).isEqualTo(template.rules());
    }

    private static Points declared(List<CategoryTemplate> categories) {
        return Points.sum(categories.stream().map(CategoryTemplate::points).filter(Objects::nonNull).toList());
    }

    private static Points areaPoints(CategoryTemplate category, String area) {
        return Points.sum(category.fixedItems().stream().filter(i -> i.area().equals(area))
                .map(FixedItemTemplate::weight).toList());
    }

    private static Points points(TableTemplate template, String key) {
        return template.category(key).orElseThrow().points();
    }
}
