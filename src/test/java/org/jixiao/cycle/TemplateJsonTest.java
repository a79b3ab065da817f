package org.jixiao.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.table.CategoryTemplate;
import org.jixiao.table.FixedItemTemplate;
import org.jixiao.table.StandardTemplates;
import org.jixiao.table.TableTemplate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Templates are stored as JSON per cycle: what was stored before a field existed still reads. */
class TemplateJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void templateWithLeadDepartmentsAndNumberingSurvivesTheRoundTrip() {
        TableTemplate district = StandardTemplates.district(2026);

        TableTemplate read = json.readValue(json.writeValueAsString(district), TableTemplate.class);

        assertThat(read).isEqualTo(district);
    }

    @Test
    void templateStoredBeforeLeadDepartmentsAndNumberingReadsWithEmptyOnes() {
        TableTemplate city = StandardTemplates.cityGovernment2025();
        JsonNode stored = json.readTree(json.writeValueAsString(city));
        for (JsonNode category : stored.get("categories")) {
            ((ObjectNode) category).remove(List.of("codeNumber", "leadDepartment"));
            for (JsonNode item : category.get("fixedItems")) {
                ((ObjectNode) item).remove("leadDepartment");
            }
        }

        TableTemplate read = json.readValue(json.writeValueAsString(stored), TableTemplate.class);

        assertThat(read.categories()).extracting(CategoryTemplate::key)
                .containsExactlyElementsOf(city.categories().stream().map(CategoryTemplate::key).toList());
        assertThat(read.categories()).allSatisfy(category -> {
            assertThat(category.codeNumber()).isNull();
            assertThat(category.leadDepartment()).isEmpty();
            assertThat(category.fixedItems()).allSatisfy(item -> assertThat(item.leadDepartment()).isEmpty());
        });
        assertThat(read.rules()).isEqualTo(city.rules());
        assertThat(read.category(StandardTemplates.ADMINISTRATIVE_CAPACITY).orElseThrow().fixedItems())
                .extracting(FixedItemTemplate::weight)
                .isEqualTo(city.category(StandardTemplates.ADMINISTRATIVE_CAPACITY).orElseThrow().fixedItems().stream()
                        .map(FixedItemTemplate::weight).toList());
    }
}
