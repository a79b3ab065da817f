package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import org.jixiao.organization.Account;
import org.jixiao.organization.CurrentUser;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.tracking.internal.InternalPart;
import org.jixiao.tracking.internal.InternalPlan;
import org.jixiao.tracking.internal.InternalPlans;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 二级绩效: internal department plans of a unit — creating, assigning rows and parts, the roll-up, and who may see them. */
@IntegrationTest
class InternalPlansIT {

    @Autowired TestWorlds worlds;
    @Autowired InternalPlans plans;
    @Autowired ProgressService progress;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private static CurrentUser actor(Account account) {
        return CurrentUser.of(account);
    }

    private TrackedItem item(TestWorlds.World world, String code) {
        return progress.unit(world.cycle().id(), world.unitA().id(), 1, actor(world.admin())).lines().stream()
                .map(ProgressService.Line::item).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theClerkCreatesDepartmentPlansAndAssignsARowWholeAndAnotherInSharedParts() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", actor(world.clerkA()));
        InternalPlan office = plans.create(cycle, unit, null, " 综合协调科 ", "杜团结", actor(world.clerkA()));
        assertThat(office.departmentName()).isEqualTo("综合协调科");
        assertThatThrownBy(() -> plans.create(cycle, unit, null, "经济发展科", "别人", actor(world.clerkA())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_PLAN_EXISTS"));
        assertThatThrownBy(() -> plans.create(cycle, unit, null, "招商科", " ", actor(world.clerkA())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_RESPONSIBLE"));

        TrackedItem whole = item(world, "1-1-1");
        TrackedItem shared = item(world, "1-1-2");
        InternalPart all = plans.assign(cycle, unit, economy.id(), whole.rowId(), "", null, actor(world.clerkA()));
        assertThat(all.target()).isEqualTo(whole.text());
        plans.assign(cycle, unit, economy.id(), shared.rowId(), "签约项目80亿元", new BigDecimal("70"), actor(world.clerkA()));
        assertThatThrownBy(() -> plans.assign(cycle, unit, office.id(), shared.rowId(), "签约项目40亿元", new BigDecimal("40"),
                actor(world.clerkA()))).isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("INTERNAL_SHARE_OVER");
                    assertThat(r.getMessage()).contains("70%").contains("100%");
                });
        assertThatThrownBy(() -> plans.assign(cycle, unit, economy.id(), shared.rowId(), "再来一次", null, actor(world.clerkA())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_ROW_ASSIGNED"));
        plans.assign(cycle, unit, office.id(), shared.rowId(), "签约项目40亿元", new BigDecimal("30"), actor(world.clerkA()));

        InternalPlans.PlanView page = plans.plan(cycle, unit, economy.id(), 1, actor(world.clerkA()));
        assertThat(page.parts()).extracting(l -> l.item().code()).containsExactly("1-1-1", "1-1-2");
        assertThat(page.parts().get(1).part().share()).isEqualByComparingTo("70");
        assertThat(plans.overview(cycle, unit, 1, actor(world.clerkA())).plans())
                .extracting(l -> l.plan().departmentName(), InternalPlans.PlanLine::parts)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("经济发展科", 2),
                        org.assertj.core.groups.Tuple.tuple("综合协调科", 1));
        assertThatThrownBy(() -> plans.create(cycle, unit, null, "招商科", "某人", actor(world.leaderA())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_CLERK_ONLY"));
    }

    @Test
    void theRowRollsUpFromItsPartsWeightedByShareAndIsDoneWhenEveryPartIsDone() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        progress.openPeriod(cycle, 1, actor(world.admin()));
        TrackedItem shared = item(world, "1-1-2");
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", actor(world.clerkA()));
        InternalPlan office = plans.create(cycle, unit, null, "综合协调科", "杜团结", actor(world.clerkA()));
        InternalPart big = plans.assign(cycle, unit, economy.id(), shared.rowId(), "签约项目80亿元", new BigDecimal("70"), actor(world.clerkA()));
        InternalPart small = plans.assign(cycle, unit, office.id(), shared.rowId(), "签约项目40亿元", new BigDecimal("30"), actor(world.clerkA()));

        plans.report(cycle, unit, economy.id(), big.id(), 1, ProgressStatus.DONE, 100, "已签约85亿元", actor(world.clerkA()));
        plans.report(cycle, unit, office.id(), small.id(), 1, ProgressStatus.IN_PROGRESS, 50, "已签约20亿元", actor(world.clerkA()));
        RollUp half = rollUp(world, shared.rowId());
        assertThat(half.percent()).isEqualTo(85);
        assertThat(half.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(half.complete()).isFalse();
        assertThatThrownBy(() -> plans.report(cycle, unit, office.id(), small.id(), 2, ProgressStatus.DONE, 100, "x", actor(world.clerkA())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PERIOD_NOT_OPEN"));
        assertThatThrownBy(() -> plans.report(cycle, unit, office.id(), small.id(), 1, ProgressStatus.DONE, 60, "x", actor(world.clerkA())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PROGRESS_DONE_PERCENT"));

        plans.report(cycle, unit, office.id(), small.id(), 1, ProgressStatus.DONE, 100, "已签约42亿元", actor(world.clerkA()));
        RollUp done = rollUp(world, shared.rowId());
        assertThat(done).isEqualTo(new RollUp(2, 2, 100, ProgressStatus.DONE));
        assertThat(done.complete()).isTrue();

        // the unit's page offers 已完成 for the row and shows the roll-up beside it
        String page = mvc.perform(get("/tracking/cycles/{c}/units/{u}", cycle, unit).param("period", "1")
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("内部分解：2/2 已完成，加权 100%");
        mvc.perform(get("/tracking/cycles/{c}/units/{u}/internal", cycle, unit).param("period", "1")
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("可报已完成")));
    }

    @Test
    void onlyTheUnitsOwnPeopleAndTheOfficeSeeItsInternalPlansAnotherUnitGetsNotFound() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", actor(world.clerkA()));
        plans.assign(cycle, unit, economy.id(), item(world, "1-1-1").rowId(), "", null, actor(world.admin()));

        assertThat(plans.plan(cycle, unit, economy.id(), 1, actor(world.leaderA())).parts()).hasSize(1);
        assertThat(plans.plan(cycle, unit, economy.id(), 1, actor(world.admin())).parts()).hasSize(1);
        assertThatThrownBy(() -> plans.overview(cycle, unit, 1, actor(world.clerkB()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> plans.plan(cycle, unit, economy.id(), 1, actor(world.clerkB()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> plans.create(cycle, unit, null, "综合协调科", "杜团结", actor(world.clerkB())))
                .isInstanceOf(NotFound.class);
        // a plan of unit A asked for under unit B is not found either
        assertThatThrownBy(() -> plans.plan(cycle, world.unitB().id(), economy.id(), 1, actor(world.clerkB())))
                .isInstanceOf(NotFound.class);

        mvc.perform(get("/tracking/cycles/{c}/units/{u}/internal/{p}", cycle, unit, economy.id())
                        .with(user(SignedInAccount.of(world.clerkB()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tracking/cycles/{c}/units/{u}/internal", cycle, unit)
                        .with(user(SignedInAccount.of(world.clerkB()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tracking/cycles/{c}/units/{u}/internal/{p}", cycle, unit, economy.id())
                        .with(user(SignedInAccount.of(world.leaderA()))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("经济发展科 二级绩效方案")));
    }

    @Test
    void creatingAssigningAndReportingPartsAreAudited() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        progress.openPeriod(cycle, 1, actor(world.admin()));
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", actor(world.clerkA()));
        InternalPart part = plans.assign(cycle, unit, economy.id(), item(world, "1-1-1").rowId(), "", null, actor(world.clerkA()));
        plans.report(cycle, unit, economy.id(), part.id(), 1, ProgressStatus.IN_PROGRESS, 30, "推进中", actor(world.clerkA()));
        assertThat(jdbc.sql("select subject from audit_entry where kind = 'PROGRESS' and unit_id = ? order by id").param(unit)
                .query(String.class).list())
                .anySatisfy(s -> assertThat(s).startsWith("二级绩效 新建方案 经济发展科"))
                .anySatisfy(s -> assertThat(s).startsWith("二级绩效 经济发展科 分解 行 1-1-1"))
                .anySatisfy(s -> assertThat(s).startsWith("二级绩效 经济发展科 第 1 期进展"));
    }

    private RollUp rollUp(TestWorlds.World world, UUID row) {
        return plans.overview(world.cycle().id(), world.unitA().id(), 1, actor(world.clerkA())).assigned().stream()
                .filter(r -> r.item().rowId().equals(row)).findFirst().orElseThrow().rollUp();
    }
}
