package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.demo.DemoTables;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Unit;
import org.jixiao.organization.UnitLevel;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.Finding;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.Severity;
import org.jixiao.table.TableTemplate;
import org.jixiao.table.TargetTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A table's finding counts and total points are kept with the table (issue 11 item 2): stored with
 * every write, recounted after a template change, and equal to a fresh check of the table.
 */
@IntegrationTest
class TableCountsIT {

    @Autowired
    TestWorlds worlds;

    @Autowired
    TargetTableRepository repository;

    @Autowired
    TargetTableService tables;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    Organization organization;

    @Autowired
    MockMvc mvc;

    @Test
    void anEditStoresTheTablesNewCountsInItsTransaction() throws Exception {
        TestWorlds.World world = worlds.create();
        TargetTableRepository.Counted before = counted(world, world.tableA());
        assertThat(before.currentFor(world.cycle().version())).isTrue();
        assertMatchesFreshCheck(world.cycle(), before);

        SecondLevelIndicator row = repository.find(world.tableA()).orElseThrow().table().allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow()
                .secondLevel().get(0);
        long version = repository.find(world.tableA()).orElseThrow().version();
        tables.edit(world.tableA(), version, CurrentUser.of(world.clerkA()), table -> table.replaceSecondLevel(
                new SecondLevelIndicator(row.id(), row.code(), row.text(), row.weight().plus(Points.of(7)),
                        row.responsibility())));

        TargetTableRepository.Counted after = counted(world, world.tableA());
        assertThat(after.version()).isEqualTo(version + 1);
        assertThat(after.currentFor(world.cycle().version())).as("counted at the edit, not left for later").isTrue();
        assertThat(after.errors()).as("the weights no longer add up").isGreaterThan(before.errors());
        assertMatchesFreshCheck(world.cycle(), after);

        // The home page shows the stored counts.
        Document home = home(world);
        assertThat(home.select("tr[data-unit=" + world.unitA().name() + "] .badge.ERROR").text())
                .contains(String.valueOf(after.errors()));
    }

    @Test
    void aTemplateChangeMakesTheCyclesCountsStaleAndTheHomePageRecountsThemOnce() throws Exception {
        TestWorlds.World world = worlds.create();
        TargetTableRepository.Counted before = counted(world, world.tableB());
        AssessmentCycle cycle = cycles.get(world.cycle().id());
        // A total of 90 points: the tables, made for 100, no longer add up.
        AssessmentCycle changed = cycles.update(new AssessmentCycle(cycle.id(), cycle.year(), cycle.series(),
                cycle.level(), new TableTemplate(cycle.year(), cycle.template().categories(),
                        cycle.template().rules().withTotalPoints(Points.of(90))),
                cycle.status(), cycle.copiedFrom(), cycle.version()), cycle.version());
        assertThat(counted(world, world.tableB()).currentFor(changed.version())).isFalse();

        Document home = home(world);

        TargetTableRepository.Counted after = counted(world, world.tableB());
        assertThat(after.currentFor(changed.version())).as("recounted by the home page").isTrue();
        assertThat(after.errors()).isGreaterThan(before.errors());
        assertMatchesFreshCheck(changed, after);
        assertThat(home.select("tr[data-unit=" + world.unitB().name() + "] .badge.ERROR").text())
                .contains(String.valueOf(after.errors()));
    }

    @Test
    void theStoredCountsOfEveryDemoTableEqualAFreshCheck() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long group = organization.groups(world.cycle().id()).get(0).id();
        Unit assets = organization.addUnit(world.cycle().id(), world.cycle().series(), group,
                new Organization.UnitDetails("泉州市国资委-" + UUID.randomUUID().toString().substring(0, 8), "国资委",
                        UnitLevel.CITY, null)).unit();
        tables.store(DemoTables.stateAssetsWithFindings(world.cycle().id(), assets.id(), world.cycle().template()),
                CurrentUser.of(world.admin()));

        List<TargetTableRepository.Counted> demo = repository.counted(world.cycle().id());
        assertThat(demo).hasSize(3);
        assertThat(demo).allSatisfy(counted -> {
            assertThat(counted.currentFor(world.cycle().version())).isTrue();
            assertMatchesFreshCheck(world.cycle(), counted);
        });
        assertThat(demo).as("the state assets table is the one kept with findings")
                .anySatisfy(counted -> assertThat(counted.errors() + counted.warnings()).isPositive());

        // And every table in the database whose counts say they are current (other tests' writes included).
        for (AssessmentCycle cycle : cycles.all()) {
            for (TargetTableRepository.Counted counted : repository.counted(cycle.id())) {
                if (counted.currentFor(cycle.version())) {
                    assertMatchesFreshCheck(cycle, counted);
                }
            }
        }
    }

    private void assertMatchesFreshCheck(AssessmentCycle cycle, TargetTableRepository.Counted counted) {
        TargetTable table = repository.find(counted.id()).orElseThrow().table();
        List<Finding> findings = tables.check(table, cycle);
        assertThat(counted.errors()).as("errors of " + table.unitName())
                .isEqualTo(findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        assertThat(counted.warnings()).as("warnings of " + table.unitName())
                .isEqualTo(findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        assertThat(counted.totalPoints()).isEqualByComparingTo(table.totalPoints().value());
    }

    private TargetTableRepository.Counted counted(TestWorlds.World world, UUID tableId) {
        return repository.counted(world.cycle().id()).stream().filter(c -> c.id().equals(tableId)).findFirst()
                .orElseThrow();
    }

    private Document home(TestWorlds.World world) throws Exception {
        String html = mvc.perform(get("/").with(user(SignedInAccount.of(world.admin())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
