package org.jixiao.administration.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Points;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TemplatePreset;
import org.junit.jupiter.api.Test;

/** The template editor's form: what the office types becomes the template, or messages beside fields. */
class TemplateFormTest {

    private static final TableTemplate DISTRICT = TemplatePreset.DISTRICT.template(2026, Points.of(100));

    @Test
    void aTemplateShownAndPostedUnchangedReadsBackAsTheSameTemplate() {
        Parsed<TableTemplate> read = TemplateFormReader.read(TemplateForm.of(DISTRICT).normalized(), 2026);

        assertThat(read.errors()).isEmpty();
        assertThat(read.get()).isEqualTo(DISTRICT);
    }

    @Test
    void keywordListsAreOneWordALine() {
        TemplateForm form = TemplateForm.of(DISTRICT);
        TemplateForm.RulesRow r = form.rulesRow();
        TemplateForm edited = new TemplateForm(form.categories(), new TemplateForm.RulesRow(r.totalPoints(),
                r.minFunctionalFirstLevel(), r.capFunctionalAtLastYear(), r.dynamicMaxPoints(), r.dynamicMinItems(),
                r.dynamicSingleItemPoints(), "党建\n\n  综治  \n党建\n", r.mediaKeywords(), r.mediaLevels()));

        TableTemplate template = TemplateFormReader.read(edited.normalized(), 2026).get();

        assertThat(template.rules().administrativeKeywords()).containsExactly("党建", "综治");
    }

    @Test
    void valuesThatDoNotReadComeBackBesideTheirFields() {
        List<TemplateForm.CategoryRow> rows = new ArrayList<>(TemplateForm.of(DISTRICT).categoryRows());
        TemplateForm.CategoryRow capacity = rows.get(3);
        List<TemplateForm.ItemRow> items = new ArrayList<>(capacity.itemRows());
        TemplateForm.ItemRow first = items.get(0);
        items.set(0, new TemplateForm.ItemRow("四-1", first.area(), first.text(), "一分", "", false));
        rows.set(3, copy(capacity, capacity.name(), "二十", items));
        rows.set(0, copy(rows.get(0), " ", rows.get(0).points(), rows.get(0).itemRows()));

        Parsed<TableTemplate> read = TemplateFormReader.read(new TemplateForm(rows, TemplateForm.of(DISTRICT).rulesRow())
                .normalized(), 2026);

        assertThat(read.ok()).isFalse();
        assertThat(read.errors()).containsOnlyKeys("categories[0].name", "categories[3].points",
                "categories[3].items[0].code", "categories[3].items[0].weight");
        assertThat(read.errors().get("categories[3].items[0].code")).contains("四-1").contains("格式不正确");
        assertThat(read.errors().get("categories[3].points")).contains("二十").contains("不是数字");
    }

    @Test
    void pointsThatDoNotAddUpToTheTotalAreReportedAtTheTotal() {
        List<TemplateForm.CategoryRow> rows = new ArrayList<>(TemplateForm.of(DISTRICT).categoryRows());
        rows.set(0, copy(rows.get(0), rows.get(0).name(), "20", List.of()));

        Parsed<TableTemplate> read = TemplateFormReader.read(new TemplateForm(rows, TemplateForm.of(DISTRICT).rulesRow())
                .normalized(), 2026);

        assertThat(read.errors()).containsOnlyKeys("rules.totalPoints");
        assertThat(read.errors().get("rules.totalPoints")).contains("105").contains("100");
    }

    @Test
    void rowsTickedForRemovalAreDroppedAndTheOrderNumbersDecide() {
        List<TemplateForm.CategoryRow> rows = new ArrayList<>(TemplateForm.of(StandardTemplates.cityGovernment(2026))
                .categoryRows());
        TemplateForm.CategoryRow dynamic = rows.get(2);
        rows.set(2, new TemplateForm.CategoryRow(dynamic.key(), dynamic.name(), dynamic.group(), dynamic.role(),
                dynamic.points(), dynamic.codeNumber(), dynamic.leadDepartment(), dynamic.position(), true, List.of(),
                dynamic.synonyms()));
        TemplateForm.CategoryRow fire = rows.get(7);
        rows.set(7, new TemplateForm.CategoryRow(fire.key(), fire.name(), fire.group(), fire.role(), fire.points(),
                fire.codeNumber(), fire.leadDepartment(), "0.5", false, fire.itemRows(), fire.synonyms()));

        TableTemplate template = TemplateFormReader.read(new TemplateForm(rows,
                TemplateForm.of(StandardTemplates.cityGovernment(2026)).rulesRow()).normalized(), 2026).get();

        assertThat(template.categories()).extracting(CategoryTemplate::key).containsExactly(
                StandardTemplates.FIRE_SAFETY, StandardTemplates.KEY_WORK, StandardTemplates.ROUTINE_WORK,
                StandardTemplates.ADMINISTRATIVE_CAPACITY, StandardTemplates.CIVILITY, StandardTemplates.PUBLIC_SAFETY,
                StandardTemplates.WORK_SAFETY);
    }

    @Test
    void aCategoryAddedInTheEditorGetsAKeyOfItsOwnAndABlankOneIsIgnored() {
        TemplateForm form = TemplateForm.of(DISTRICT).withNewCategory().withNewCategory();
        List<TemplateForm.CategoryRow> rows = new ArrayList<>(form.categoryRows());
        int added = rows.size() - 2;
        rows.set(added, copy(rows.get(added), "营商环境", "2", List.of(
                new TemplateForm.ItemRow("9-1", "", "营商环境评价。", "2", "区发改局", false))));
        TemplateForm.CategoryRow routine = rows.get(1);
        rows.set(1, copy(routine, routine.name(), "51", List.of()));

        TableTemplate template = TemplateFormReader.read(new TemplateForm(rows, form.rulesRow()).normalized(), 2026)
                .get();

        CategoryTemplate business = template.categories().get(template.categories().size() - 1);
        assertThat(business.key()).isEqualTo("category-1");
        assertThat(business.name()).isEqualTo("营商环境");
        assertThat(business.fixedItems()).singleElement()
                .satisfies(item -> assertThat(item.leadDepartment()).isEqualTo("区发改局"));
        assertThat(template.categories()).hasSize(DISTRICT.categories().size() + 1);
    }

    @Test
    void synonymsOfACategoryAreKeptOneByOne() {
        List<TemplateForm.CategoryRow> rows = new ArrayList<>(TemplateForm.of(StandardTemplates.cityGovernment(2026))
                .categoryRows());
        int civility = rows.stream().map(TemplateForm.CategoryRow::key).toList().indexOf(StandardTemplates.CIVILITY);
        TemplateForm.CategoryRow row = rows.get(civility);
        rows.set(civility, new TemplateForm.CategoryRow(row.key(), row.name(), row.group(), row.role(), row.points(),
                row.codeNumber(), row.leadDepartment(), row.position(), false, row.itemRows(), "精神文明建设、 精神文明创建，文明创建"));

        TableTemplate template = TemplateFormReader.read(new TemplateForm(rows,
                TemplateForm.of(StandardTemplates.cityGovernment(2026)).rulesRow()).normalized(), 2026).get();

        CategoryTemplate read = template.categories().stream().filter(c -> c.key().equals(StandardTemplates.CIVILITY))
                .findFirst().orElseThrow();
        assertThat(read.synonyms()).containsExactly("精神文明建设", "精神文明创建", "文明创建");
        assertThat(TemplateForm.of(template).categoryRows().get(civility).synonyms()).isEqualTo("精神文明建设、精神文明创建、文明创建");
    }

    private static TemplateForm.CategoryRow copy(TemplateForm.CategoryRow row, String name, String points,
                                                 List<TemplateForm.ItemRow> items) {
        return new TemplateForm.CategoryRow(row.key(), name, row.group(), row.role(), points, row.codeNumber(),
                row.leadDepartment(), row.position(), false, items, row.synonyms());
    }
}
