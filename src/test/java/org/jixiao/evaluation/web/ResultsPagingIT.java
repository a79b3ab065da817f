package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jixiao.demo.DemoTables;
import org.jixiao.evaluation.assessment.AdjustmentService;
import org.jixiao.evaluation.assessment.EvaluationSettings;
import org.jixiao.evaluation.assessment.Participants;
import org.jixiao.evaluation.assessment.SettingsService;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;
import org.jixiao.plan.TargetTableService;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The results page shows a page of units (100 by default) with the ranks over all units, page links,
 * and filters by group and state (issue 11 item 4): here with pages of 2 over 5 units.
 */
@IntegrationTest
class ResultsPagingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Organization organization;

    @Autowired
    TargetTableService tables;

    @Autowired
    SettingsService settings;

    @Autowired
    Participants participants;

    @Autowired
    AdjustmentService adjustments;

    @Test
    void pageTwoContinuesTheRanksOfPageOneAndThePagesTogetherAreTheWholeTable() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();
        CurrentUser office = CurrentUser.of(world.admin());
        long group = organization.groups(cycle).get(0).id();
        for (int i = 0; i < 3; i++) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Unit unit = organization.addUnit(cycle, world.cycle().series(), group,
                    new Organization.UnitDetails("分页单位-" + suffix, "分页" + suffix, UnitLevel.CITY, null)).unit();
            tables.store(DemoTables.scienceBureau(cycle, unit.id(), world.cycle().template()), office);
        }
        // nothing is complete: provisional ranks make every unit ranked; unit i gets a public appraisal of
        // 50 + 10 i, so that the five stand apart
        EvaluationSettings defaults = EvaluationSettings.defaults();
        settings.update(cycle, new EvaluationSettings(defaults.scoring().withProvisional(true),
                defaults.defaultScheme(), defaults.leadDepartments()), 0, office);
        List<Unit> units = participants.units(cycle);
        for (int i = 0; i < units.size(); i++) {
            adjustments.setAppraisal(cycle, units.get(i).id(), BigDecimal.valueOf(50 + 10L * i), office);
        }

        Document whole = page(world, "");
        List<String> all = names(whole);
        assertThat(all).hasSize(5);
        assertThat(whole.select("#page-summary").text()).contains("第 1–5 个，共 5 个单位");
        assertThat(whole.select("#results-pager a.page-link")).isEmpty();

        Document second = page(world, "?size=2&page=2");
        assertThat(names(second)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(ranks(whole)).containsExactly("1", "2", "3", "4", "5");
        assertThat(ranks(second)).as("ranks over all units, not restarted on the page").containsExactly("3", "4");
        assertThat(second.select("#page-summary").text()).contains("第 3–4 个，共 5 个单位（第 2/3 页）");
        assertThat(second.select("#results-pager a.page-previous").attr("href")).contains("page=1").contains("size=2");
        assertThat(second.select("#results-pager a.page-next").attr("href")).contains("page=3");
        assertThat(second.select("#results-pager strong.page-current").text()).isEqualTo("2");

        List<String> together = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            together.addAll(names(page(world, "?size=2&page=" + n)));
        }
        assertThat(together).containsExactlyElementsOf(all);
        assertThat(names(page(world, "?size=2&page=9"))).as("past the last page: the last")
                .containsExactlyElementsOf(all.subList(4, 5));

        // filter by state: nothing is complete, everything pending
        assertThat(names(page(world, "?state=complete"))).isEmpty();
        assertThat(names(page(world, "?state=pending"))).containsExactlyElementsOf(all);
    }

    private Document page(TestWorlds.World world, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/evaluation/cycles/" + world.cycle().id() + "/results" + query)
                        .with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> names(Document page) {
        return page.select("table.results-table tbody tr:not(.unscorable)").stream().map(r -> r.attr("data-unit"))
                .toList();
    }

    private static List<String> ranks(Document page) {
        return page.select("table.results-table tbody tr:not(.unscorable) td.rank").stream().map(Element::text)
                .toList();
    }
}
