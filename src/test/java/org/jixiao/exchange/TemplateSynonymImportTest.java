package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.Points;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TableTemplate;
import org.junit.jupiter.api.Test;

/** A name the cycle's template lists as a synonym of a category is read as that category. */
class TemplateSynonymImportTest {

    private static final String FILE = String.join("\n",
            "项目\t序号\t目标内容\t权重\t完成时限\t责任科室\t分管领导",
            "新时代文明实践（1分）\t5-1\t深化新时代文明实践。\t1\t全年\t办公室\t孙中虎",
            "");

    private static TableTemplate withCivilitySynonym(String synonym) {
        TableTemplate standard = StandardTemplates.cityGovernment(2025);
        List<CategoryTemplate> categories = standard.categories().stream()
                .map(c -> !c.key().equals(StandardTemplates.CIVILITY) ? c : new CategoryTemplate(c.key(), c.name(),
                        c.group(), c.role(), c.points(), c.fixedItems(), c.codeNumber(), c.leadDepartment(),
                        List.of(synonym)))
                .toList();
        return new TableTemplate(standard.year(), categories, standard.rules());
    }

    private static ImportResult.Imported imported(TableTemplate template) {
        ImportResult result = TableImporter.withDefaults().importText(FILE, ImportTarget.of(1, 1, template));
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return (ImportResult.Imported) result;
    }

    @Test
    void aSynonymOfTheTemplatePutsTheRowInItsCategory() {
        TableTemplate template = withCivilitySynonym("新时代文明实践");
        TableCategory civility = imported(template).table().category(StandardTemplates.CIVILITY).orElseThrow();
        assertThat(civility.firstLevel()).singleElement()
                .satisfies(item -> assertThat(item.text()).isEqualTo("深化新时代文明实践。"));
        assertThat(civility.actualPoints()).isEqualByComparingTo(Points.of("1"));
    }

    @Test
    void withoutTheSynonymTheRowHasNoCategoryOfItsOwn() {
        ImportResult.Imported imported = imported(StandardTemplates.cityGovernment(2025));
        assertThat(imported.table().category(StandardTemplates.CIVILITY).orElseThrow().firstLevel()).isEmpty();
    }
}
