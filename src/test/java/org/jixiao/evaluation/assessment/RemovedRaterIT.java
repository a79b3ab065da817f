package org.jixiao.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.evaluation.UnitResult;
import org.jixiao.organization.CurrentUser;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rater removed from a unit: their scores stop counting in the results but stay stored, in the history. */
@IntegrationTest
class RemovedRaterIT {

    @Autowired
    EvaluationWorlds worlds;

    @Autowired
    ResultsService results;

    @Autowired
    AssessmentService assessment;

    @Autowired
    Participants participants;

    @Autowired
    JdbcClient jdbc;

    EvaluationWorlds.World world;
    long cycle;
    long unitB;
    ScoredRow first;

    @BeforeEach
    void raterScoresTheFirstRowOfUnitB() {
        world = worlds.create();
        cycle = world.cycleId();
        unitB = world.base().unitB().id();
        first = participants.one(cycle, unitB).rows().rows().get(0);
        assessment.scoreWithoutReadCheck(cycle, unitB, first.rowId(), first.weight().value(), CurrentUser.of(world.rater()));
    }

    private UnitResult liveB() {
        return results.live(cycle, world.admin()).results().unit(String.valueOf(unitB)).orElseThrow();
    }

    @Test
    void anAssignedRatersScoreCounts() {
        assertThat(liveB().tableScore()).isEqualByComparingTo(first.weight().value());
    }

    @Test
    void aRemovedRatersScoreNoLongerCountsButStaysStored() {
        assessment.unassign(cycle, world.rater().id(), unitB, world.admin());

        assertThat(liveB().tableScore()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(liveB().items().get(0).isPending()).isTrue();
        assertThat(jdbc.sql("select count(*) from rater_score where cycle_id = ? and rater_account_id = ?")
                .params(cycle, world.rater().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReassignedRatersScoreCountsAgain() {
        assessment.unassign(cycle, world.rater().id(), unitB, world.admin());
        assessment.assign(cycle, world.rater().id(), unitB, world.admin());

        assertThat(liveB().tableScore()).isEqualByComparingTo(first.weight().value());
    }
}
