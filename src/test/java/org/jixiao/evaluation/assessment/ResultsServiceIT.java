package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jixiao.evaluation.ItemResult;
import org.jixiao.evaluation.Results;
import org.jixiao.evaluation.ScoreSource;
import org.jixiao.evaluation.ScoringEngine;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Organization;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.support.IntegrationTest;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Results come from the stored inputs on every request, and a published version does not move. */
@IntegrationTest
class ResultsServiceIT {

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    ResultsService results;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    Participants participants;

    @Autowired
    ScenarioBuilder builder;

    @Autowired
    ChangeLog changes;

    @Autowired
    TargetTableRepository tableRepository;

    @Autowired
    Organization organization;

    @Autowired
    RaterPanelService panels;

    @Autowired
    JdbcClient jdbc;

    EvaluationWorlds.World world;
    CurrentUser admin;
    CurrentUser rater;
    long cycle;
    long unitB;
    ScoredRow first;

    @BeforeEach
    void createWorld() {
        world = worlds.create();
        admin = world.admin();
        rater = CurrentUser.of(world.rater());
        cycle = world.cycleId();
        unitB = world.base().unitB().id();
        first = participants.one(cycle, unitB).rows().rows().get(0);
    }

    private UnitResult liveB() {
        return results.live(cycle, admin).results().unit(String.valueOf(unitB)).orElseThrow();
    }

    @Test
    void everyItemIsPendingBeforeAnybodyScores() {
        UnitResult b = liveB();
        assertThat(b.pendingItems()).isEqualTo(b.items().size());
        assertThat(b.tableScore()).isEqualByComparingTo("0");
        assertThat(b.items()).allMatch(ItemResult::isPending);
    }

    @Test
    void resultsRecomputeAfterAScoreChange() {
        BigDecimal weight = first.weight().value();
        assessment.scoreWithoutReadCheck(cycle, unitB, first.rowId(), weight, rater);
        assertThat(liveB().tableScore()).isEqualByComparingTo(weight);
        assertThat(liveB().items().get(0).source()).isEqualTo(ScoreSource.RATERS);

        BigDecimal lower = weight.subtract(new BigDecimal("0.5"));
        assessment.scoreWithoutReadCheck(cycle, unitB, first.rowId(), lower, rater);
        assertThat(liveB().tableScore()).isEqualByComparingTo(lower);
        assertThat(liveB().pendingItems()).isEqualTo(liveB().items().size() - 1);
    }

    /**
     * After each write the live results are updated for the unit written only (the change log names
     * it), and are then exactly what a computation of the whole cycle from the database gives.
     */
    @Test
    void resultsUpdatedForTheUnitWrittenAreThoseOfAWholeComputation() {
        long unitA = world.base().unitA().id();
        ScoredRow firstOfA = participants.one(cycle, unitA).rows().rows().get(0);
        assertThat(results.live(cycle, admin).results()).isEqualTo(whole()); // a first computation
        List<Runnable> writes = List.of(
                () -> assessment.scoreWithoutReadCheck(cycle, unitB, first.rowId(), first.weight().value(), rater),
                () -> assessment.gradeWithoutReadCheck(cycle, unitA, firstOfA.rowId(), 1, admin),
                () -> adjustments.setAppraisal(cycle, unitB, new BigDecimal("88.5"), admin),
                () -> adjustments.addDeduction(cycle, unitA, new BigDecimal("0.5"), "台账不全", "察访记录", admin),
                () -> adjustments.addIncentive(cycle, unitB, "国家级", "全国先进集体", admin),
                () -> panels.assignUnit(cycle, world.raterFromA().id(), unitB, admin),
                () -> panels.unassignUnit(cycle, world.rater().id(), unitB, admin));
        for (Runnable write : writes) {
            long before = latestChange();
            write.run();
            assertThat(changes.unitsWritten(cycle, before, latestChange())).isPresent(); // a unit's write
            assertThat(results.live(cycle, admin).results()).isEqualTo(whole());
        }
        // a group's raters may concern every unit: the whole cycle is computed again
        long before = latestChange();
        long group = organization.groups(cycle).get(0).id();
        panels.assignGroup(cycle, world.rater().id(), group, admin);
        assertThat(changes.unitsWritten(cycle, before, latestChange())).isEmpty();
        assertThat(results.live(cycle, admin).results()).isEqualTo(whole());
    }

    /** A participant's rows are kept per table version: a change of the table is seen at once. */
    @Test
    void aChangedTableIsReadAgain() {
        int before = participants.one(cycle, unitB).rows().rows().size();
        TargetTableRepository.Stored stored = tableRepository.find(world.base().tableB()).orElseThrow();
        FirstLevelIndicator authored = stored.table().allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow();
        stored.table().addSecondLevel(authored.id(), SecondLevelIndicator.create(null, "新增任务", null,
                Responsibility.NONE));
        tableRepository.update(stored.table(), stored.version(), "test", Instant.now());

        assertThat(participants.one(cycle, unitB).rows().rows()).hasSize(before + 1)
                .anyMatch(row -> row.text().equals("新增任务"));
    }

    private Results whole() {
        return ScoringEngine.score(builder.build(cycle).scenario());
    }

    private long latestChange() {
        return jdbc.sql("select coalesce(max(id), 0) from evaluation_change where cycle_id = ?").param(cycle)
                .query(Long.class).single();
    }

    @Test
    void tiersPromotionsAndAdjustmentsReachTheComposite() {
        assessment.gradeWithoutReadCheck(cycle, unitB, first.rowId(), 2, admin);
        adjustments.promote(cycle, unitB, first.rowId(), org.jixiao.evaluation.Promotion.Kind.PILOT, "省级试点", admin);
        adjustments.setAppraisal(cycle, unitB, new BigDecimal("90"), admin);
        adjustments.addIncentive(cycle, unitB, "国家级", "全国先进集体", admin);
        adjustments.addIncentive(cycle, unitB, "省级", "省级先进", admin);
        adjustments.addDeduction(cycle, unitB, new BigDecimal("0.5"), "台账不全", "察访记录", admin);
        UnitResult b = liveB();
        BigDecimal weight = first.weight().value();
        assertThat(b.items().get(0).score()).isEqualByComparingTo(weight); // tier 2 promoted to tier 1
        assertThat(b.adjustments().bonus()).isEqualByComparingTo("2");     // 3 claimed, capped at 2
        BigDecimal expected = weight.multiply(new BigDecimal("0.70"))
                .add(new BigDecimal("90").multiply(new BigDecimal("0.30"))) // the appraisal enters as written
                .add(new BigDecimal("2")).subtract(new BigDecimal("0.5"))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(b.composite()).isEqualByComparingTo(expected);
    }

    @Test
    void publishingFreezesANumberedVersion() {
        assessment.scoreWithoutReadCheck(cycle, unitB, first.rowId(), first.weight().value(), rater);
        ResultsService.Version v1 = results.publish(cycle, admin, results.preview(cycle, admin).confirmation("测试发布"));
        assertThat(v1.number()).isEqualTo(1);

        assessment.scoreWithoutReadCheck(cycle, unitB, first.rowId(), BigDecimal.ZERO, rater);
        CurrentUser clerkB = CurrentUser.of(world.base().clerkB());
        ResultsService.Explanation published = results.explanation(cycle, unitB, clerkB).orElseThrow();
        assertThat(published.version().number()).isEqualTo(1);
        assertThat(published.result().tableScore()).isEqualByComparingTo(first.weight().value());
        assertThat(liveB().tableScore()).isEqualByComparingTo("0");

        assertThat(results.publish(cycle, admin, results.preview(cycle, admin).confirmation("测试发布")).number()).isEqualTo(2);
        assertThat(results.explanation(cycle, unitB, clerkB).orElseThrow().result().tableScore())
                .isEqualByComparingTo("0");
        assertThat(results.publishedJson(cycle, 1, admin)).contains("\"tableScore\"");
    }

    @Test
    void publishingIsRefusedWhenTheResultsChangedSinceThePreview() {
        ResultsService.Preview preview = results.preview(cycle, admin);
        assertThat(preview.counts().pending()).isPositive();
        ResultsService.Confirmation stale = new ResultsService.Confirmation(preview.counts().complete() + 1,
                preview.counts().pending() - 1, preview.counts().unscorable(), "");
        assertThatThrownBy(() -> results.publish(cycle, admin, stale))
                .isInstanceOfSatisfying(org.jixiao.web.Refused.class,
                        r -> assertThat(r.code()).isEqualTo("results.publish.changed"));
        assertThat(results.versions(cycle)).isEmpty();
    }

    @Test
    void aPublishedVersionKeepsPendingUnitsWithTheirStateAndNoRank() {
        ResultsService.Version v1 = results.publish(cycle, admin, results.preview(cycle, admin).confirmation(""));
        String json = results.publishedJson(cycle, v1.number(), admin);
        assertThat(json).contains("\"state\" : \"待完成\"").contains("\"rankInSeries\" : null");
        assertThat(v1.sha256()).hasSize(64);
        assertThat(results.versions(cycle).get(0).sha256()).isEqualTo(v1.sha256());
        byte[] zip = results.publishedPackage(cycle, v1.number(), "测试年度", admin);
        try {
            assertThat(org.jixiao.evaluation.json.ResultsPackage.verify(new java.io.ByteArrayInputStream(zip))).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ResultsService.Preview next = results.preview(cycle, admin);
        assertThat(next.previousVersion()).isEqualTo(1);
        assertThat(next.changes()).isEmpty();
    }

    @Test
    void settingsChangesApplyToTheNextComputation() {
        assessment.gradeWithoutReadCheck(cycle, unitB, first.rowId(), 4, admin);
        BigDecimal weight = first.weight().value();
        assertThat(liveB().items().get(0).score()).isEqualByComparingTo(weight.multiply(new BigDecimal("0.6")));
        EvaluationSettings changed = ScenarioDocuments.readSettings(ScenarioDocuments.writeSettings(
                EvaluationSettings.defaults()).replace("\"coefficient\":0.6", "\"coefficient\":0.5"));
        // the 差 tier now earns half the weight
        SettingsService settings = this.settingsService;
        settings.update(cycle, changed, 0, admin);
        assertThat(liveB().items().get(0).score()).isEqualByComparingTo(weight.multiply(new BigDecimal("0.5")));
    }

    @Autowired
    SettingsService settingsService;
}
