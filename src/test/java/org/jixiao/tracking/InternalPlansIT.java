package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

    @Test
    void theClerkRenamesAPlanChangesAPartsTargetAndShareWithinTheRowsHundredAndRemovesPartsAndPlans() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        CurrentUser clerk = actor(world.clerkA());
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", clerk);
        InternalPlan office = plans.create(cycle, unit, null, "综合协调科", "杜团结", clerk);
        TrackedItem shared = item(world, "1-1-2");
        InternalPart big = plans.assign(cycle, unit, economy.id(), shared.rowId(), "签约项目80亿元", new BigDecimal("70"), clerk);
        InternalPart small = plans.assign(cycle, unit, office.id(), shared.rowId(), "签约项目40亿元", new BigDecimal("30"), clerk);

        InternalPlan renamed = plans.update(cycle, unit, economy.id(), " 经济发展和招商科 ", "王建国", clerk);
        assertThat(renamed.departmentName()).isEqualTo("经济发展和招商科");
        assertThat(plans.overview(cycle, unit, 1, clerk).plans()).extracting(l -> l.plan().departmentName() + "/" + l.plan().responsible())
                .containsExactlyInAnyOrder("经济发展和招商科/王建国", "综合协调科/杜团结");
        assertThatThrownBy(() -> plans.update(cycle, unit, economy.id(), "综合协调科", "王建国", clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_PLAN_EXISTS"));
        assertThatThrownBy(() -> plans.update(cycle, unit, economy.id(), "经济发展和招商科", " ", clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_RESPONSIBLE"));
        assertThatThrownBy(() -> plans.update(cycle, unit, economy.id(), "科".repeat(InternalPlans.MAX_NAME + 1), "王建国", clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_DEPARTMENT"));

        // its own share is replaced, not added: 70 → 65 is fine, 71 with the other part's 30 is over 100
        InternalPart changed = plans.updatePart(cycle, unit, economy.id(), big.id(), "签约项目75亿元", new BigDecimal("65"), clerk);
        assertThat(changed.share()).isEqualByComparingTo("65");
        assertThatThrownBy(() -> plans.updatePart(cycle, unit, economy.id(), big.id(), "签约项目75亿元", new BigDecimal("71"), clerk))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("INTERNAL_SHARE_OVER");
                    assertThat(r.getMessage()).contains("30%").contains("71%").contains("100%");
                });
        assertThatThrownBy(() -> plans.updatePart(cycle, unit, economy.id(), big.id(), "x", new BigDecimal("0"), clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_SHARE"));
        assertThatThrownBy(() -> plans.updatePart(cycle, unit, economy.id(), big.id(), "字".repeat(InternalPlans.MAX_TARGET + 1), null, clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_TARGET_TOO_LONG"));
        // a part is changed under its own plan only
        assertThatThrownBy(() -> plans.updatePart(cycle, unit, office.id(), big.id(), "x", null, clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
        InternalPart whole = plans.updatePart(cycle, unit, office.id(), small.id(), " ", null, clerk);
        assertThat(whole.target()).isEqualTo(shared.text());
        assertThat(whole.share()).isNull();
        assertThat(plans.plan(cycle, unit, economy.id(), 1, clerk).parts()).singleElement()
                .satisfies(l -> assertThat(l.part().target()).isEqualTo("签约项目75亿元"));

        plans.removePart(cycle, unit, office.id(), small.id(), clerk);
        assertThat(plans.plan(cycle, unit, office.id(), 1, clerk).parts()).isEmpty();
        assertThatThrownBy(() -> plans.removePart(cycle, unit, office.id(), small.id(), clerk))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("INTERNAL_PART_GONE");
                    assertThat(r.getMessage()).contains("可能已被他人删除");
                });
        // the row's share freed by the removal can be given again
        plans.updatePart(cycle, unit, economy.id(), big.id(), "签约项目120亿元", new BigDecimal("100"), clerk);

        plans.remove(cycle, unit, economy.id(), clerk); // with its part, none reported
        assertThat(plans.overview(cycle, unit, 1, clerk).plans()).extracting(l -> l.plan().departmentName())
                .containsExactly("综合协调科");
        assertThat(jdbc.sql("select count(*) from internal_assignment where id = ?").param(big.id()).query(Integer.class).single())
                .isZero();
        assertThatThrownBy(() -> plans.remove(cycle, unit, economy.id(), clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_PLAN_GONE"));
        assertThatThrownBy(() -> plans.update(cycle, unit, economy.id(), "经济发展科", "褚达志", clerk))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_PLAN_GONE"));
    }

    @Test
    void partsWithReportedProgressAndTheirPlansAreNotRemovedButStillEdited() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        CurrentUser clerk = actor(world.clerkA());
        progress.openPeriod(cycle, 1, actor(world.admin()));
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", clerk);
        InternalPart reported = plans.assign(cycle, unit, economy.id(), item(world, "1-1-1").rowId(), "", null, clerk);
        InternalPart quiet = plans.assign(cycle, unit, economy.id(), item(world, "1-1-2").rowId(), "", null, clerk);
        plans.report(cycle, unit, economy.id(), reported.id(), 1, ProgressStatus.IN_PROGRESS, 40, "已完成方案起草", clerk);

        assertThatThrownBy(() -> plans.removePart(cycle, unit, economy.id(), reported.id(), clerk))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("INTERNAL_HAS_PROGRESS");
                    assertThat(r.getMessage()).contains("1-1-1").contains("已报送进展");
                });
        assertThatThrownBy(() -> plans.remove(cycle, unit, economy.id(), clerk))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("INTERNAL_HAS_PROGRESS");
                    assertThat(r.getMessage()).contains("1-1-1").doesNotContain("1-1-2");
                });
        // nothing was removed by the refused removal of the plan, its unreported part included
        assertThat(plans.plan(cycle, unit, economy.id(), 1, clerk).parts()).hasSize(2);
        plans.updatePart(cycle, unit, economy.id(), reported.id(), "印发招商方案", new BigDecimal("50"), clerk);
        plans.update(cycle, unit, economy.id(), "经济发展科", "王建国", clerk);
        plans.removePart(cycle, unit, economy.id(), quiet.id(), clerk);
        InternalPlans.PlanView page = plans.plan(cycle, unit, economy.id(), 1, clerk);
        assertThat(page.parts()).singleElement().satisfies(l -> {
            assertThat(l.part().target()).isEqualTo("印发招商方案");
            assertThat(l.report()).isNotNull();
        });
    }

    @Test
    void twoClerksRemovingTheSamePartAtOnceOneRemovesItTheOtherIsToldItIsGone() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", actor(world.clerkA()));
        InternalPart part = plans.assign(cycle, unit, economy.id(), item(world, "1-1-1").rowId(), "", null, actor(world.clerkA()));
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (CurrentUser who : java.util.List.of(actor(world.clerkA()), actor(world.admin()))) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        plans.removePart(cycle, unit, economy.id(), part.id(), who);
                        return "removed";
                    } catch (Refused r) {
                        return r.code();
                    }
                }));
            }
            java.util.List<String> results = new java.util.ArrayList<>();
            for (var f : outcomes) {
                results.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("removed", "INTERNAL_PART_GONE");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editingAndRemovingAreForTheUnitsClerkAndTheOfficeAnotherUnitGetsNotFoundAndAllIsAudited() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        CurrentUser clerk = actor(world.clerkA());
        InternalPlan economy = plans.create(cycle, unit, null, "经济发展科", "褚达志", clerk);
        InternalPart part = plans.assign(cycle, unit, economy.id(), item(world, "1-1-1").rowId(), "", null, clerk);

        CurrentUser other = actor(world.clerkB());
        assertThatThrownBy(() -> plans.update(cycle, unit, economy.id(), "x", "y", other)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> plans.remove(cycle, unit, economy.id(), other)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> plans.updatePart(cycle, unit, economy.id(), part.id(), "x", null, other)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> plans.removePart(cycle, unit, economy.id(), part.id(), other)).isInstanceOf(NotFound.class);
        // unit A's plan asked for under unit B by unit B's clerk is not found either
        assertThatThrownBy(() -> plans.remove(cycle, world.unitB().id(), economy.id(), other))
                .isInstanceOfSatisfying(RuntimeException.class, e -> assertThat(e instanceof NotFound
                        || (e instanceof Refused r && r.kind() == Refused.Kind.NOT_FOUND)).isTrue());
        CurrentUser leader = actor(world.leaderA());
        assertThatThrownBy(() -> plans.removePart(cycle, unit, economy.id(), part.id(), leader))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_CLERK_ONLY"));
        assertThatThrownBy(() -> plans.update(cycle, unit, economy.id(), "x", "y", leader))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("INTERNAL_CLERK_ONLY"));

        // the pages: the forms state the service's maxima; the posts answer 404 to another unit, 403 to a leader
        String page = mvc.perform(get("/tracking/cycles/{c}/units/{u}/internal/{p}", cycle, unit, economy.id())
                        .param("edit", "plan").param("part", String.valueOf(part.id()))
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("form.edit-plan-form input[name=departmentName]").attr("maxlength"))
                .isEqualTo(String.valueOf(InternalPlans.MAX_NAME));
        assertThat(html.select("form.edit-plan-form input[name=responsible]").attr("maxlength"))
                .isEqualTo(String.valueOf(InternalPlans.MAX_PERSON));
        assertThat(html.select("form.edit-part-form textarea[name=target]").attr("maxlength"))
                .isEqualTo(String.valueOf(InternalPlans.MAX_TARGET));
        assertThat(html.select("form.edit-part-form input[name=share]").attr("maxlength")).isEqualTo("6");
        String leaderPage = mvc.perform(get("/tracking/cycles/{c}/units/{u}/internal/{p}", cycle, unit, economy.id())
                        .param("edit", "plan").with(user(SignedInAccount.of(world.leaderA()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(leaderPage).select("form.edit-plan-form, button.remove-part, button.remove-plan")).isEmpty();
        String partPath = "/tracking/cycles/" + cycle + "/units/" + unit + "/internal/" + economy.id() + "/parts/" + part.id();
        mvc.perform(post(partPath + "/edit").param("target", "x").with(csrf()).with(user(SignedInAccount.of(world.clerkB()))))
                .andExpect(status().isNotFound());
        mvc.perform(post(partPath + "/delete").with(csrf()).with(user(SignedInAccount.of(world.leaderA()))))
                .andExpect(status().isForbidden());
        mvc.perform(post(partPath + "/edit").param("target", "制定招商方案").param("share", "101").with(csrf())
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("分解比重应为")));
        mvc.perform(post(partPath + "/edit").param("target", "制定招商方案").param("share", "60%").with(csrf())
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(partPath + "/delete").with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(partPath + "/delete").with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("可能已被他人删除")));
        String planPath = "/tracking/cycles/" + cycle + "/units/" + unit + "/internal/" + economy.id();
        mvc.perform(post(planPath + "/edit").param("departmentName", "经济发展科").param("responsible", "王建国").with(csrf())
                        .with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(planPath + "/delete").with(csrf()).with(user(SignedInAccount.of(world.clerkB()))))
                .andExpect(status().isNotFound());
        mvc.perform(post(planPath + "/delete").with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().is3xxRedirection());

        java.util.List<String> subjects = jdbc.sql("select subject from audit_entry where kind = 'PROGRESS' and unit_id = ? order by id")
                .param(unit).query(String.class).list();
        assertThat(subjects).containsSubsequence("二级绩效 新建方案 经济发展科", "二级绩效 经济发展科 分解 行 1-1-1",
                "二级绩效 经济发展科 修改分解 行 1-1-1", "二级绩效 经济发展科 删除分解 行 1-1-1", "二级绩效 修改方案 经济发展科",
                "二级绩效 删除方案 经济发展科");
        // the change is recorded with what it was and what it became
        String changes = jdbc.sql("select before_json || ' → ' || after_json from audit_entry where subject = ? and unit_id = ?")
                .params("二级绩效 修改方案 经济发展科", unit).query(String.class).single();
        assertThat(changes).contains("褚达志").contains("王建国");
    }

    private RollUp rollUp(TestWorlds.World world, UUID row) {
        return plans.overview(world.cycle().id(), world.unitA().id(), 1, actor(world.clerkA())).assigned().stream()
                .filter(r -> r.item().rowId().equals(row)).findFirst().orElseThrow().rollUp();
    }
}
