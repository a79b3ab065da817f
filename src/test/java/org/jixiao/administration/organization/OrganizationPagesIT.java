package org.jixiao.administration.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Member;
import org.jixiao.organization.Organization;
import org.jixiao.plan.TargetTableRepository;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.FirstLevelIndicator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's organization pages: a form that reads is stored and the page shown again, a refused
 * one comes back with the reason beside its field and nothing stored; only the office opens them;
 * and the table editor offers the unit's departments and people.
 */
@IntegrationTest
class OrganizationPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    Organization organization;

    @Autowired
    TargetTableRepository tables;

    @Test
    void officeCreatesAGroupAndAUnitThroughTheForms() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();
        String page = "/admin/cycles/" + cycle + "/organization";
        String name = "泉州市商务局-" + UUID.randomUUID();

        mvc.perform(post(page + "/groups").param("name", "第二组").with(csrf()).with(office(world)))
                .andExpect(redirectedUrl(page));
        long second = organization.groupNamed(cycle, "第二组").id();
        mvc.perform(post(page + "/units").param("name", name).param("shortName", "商务局")
                        .param("groupId", Long.toString(second)).param("level", "CITY").param("parentId", "")
                        .with(csrf()).with(office(world)))
                .andExpect(redirectedUrl(page));

        mvc.perform(get(page).with(office(world)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-group=\"第二组\"")))
                .andExpect(content().string(containsString("data-unit=\"" + name + "\"")));
        assertThat(organization.members(cycle)).filteredOn(m -> m.unit().name().equals(name))
                .extracting(m -> m.group().name()).containsExactly("第二组");
    }

    @Test
    void duplicateGroupNameIsShownBesideTheField() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        mvc.perform(post("/admin/cycles/{c}/organization/groups", cycle).param("name", "第一组")
                        .with(csrf()).with(office(world)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本考评年度已有名为“第一组”的考评组")));
        assertThat(organization.groups(cycle)).hasSize(1);
    }

    @Test
    void overLongUnitNameGivesAChineseMessageKeepsWhatWasTypedAndStoresNothing() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();
        long group = organization.groupNamed(cycle, "第一组").id();

        mvc.perform(post("/admin/cycles/{c}/organization/units", cycle).param("name", "局".repeat(201))
                        .param("shortName", "长名单位").param("groupId", Long.toString(group)).param("level", "CITY")
                        .with(csrf()).with(office(world)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位全称不能超过 200 个字（现为 201 个），请精简后再保存")))
                .andExpect(content().string(containsString("value=\"长名单位\"")));
        assertThat(organization.members(cycle)).hasSize(2);
    }

    @Test
    void unitWithATableIsNotRemovedAndThePageSaysWhy() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        mvc.perform(post("/admin/cycles/{c}/units/{u}/remove", cycle, world.unitA().id())
                        .with(csrf()).with(office(world)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有绩效目标考评表，不能移出本年度")));
        assertThat(organization.members(cycle)).extracting(Member::unitId).contains(world.unitA().id());
    }

    @Test
    void officeAddsAUnitsDepartmentAndAPersonOfIt() throws Exception {
        TestWorlds.World world = worlds.create();
        String unitPage = "/admin/cycles/" + world.cycle().id() + "/units/" + world.unitA().id();

        mvc.perform(post(unitPage + "/departments").param("name", " 经济发展科 ").param("head", "张三")
                        .with(csrf()).with(office(world)))
                .andExpect(redirectedUrl(unitPage));
        long department = organization.departments(world.unitA().id()).get(0).id();
        mvc.perform(post(unitPage + "/people").param("name", "李四").param("title", "副主任")
                        .param("duty", "SUPERVISING_LEADER").param("departmentId", Long.toString(department))
                        .with(csrf()).with(office(world)))
                .andExpect(redirectedUrl(unitPage));

        mvc.perform(get(unitPage).with(office(world)))
                .andExpect(content().string(containsString("data-department=\"经济发展科\"")))
                .andExpect(content().string(containsString("data-person=\"李四\"")));
        assertThat(organization.people(world.unitA().id())).singleElement()
                .satisfies(p -> assertThat(p.duty()).isEqualTo(Duty.SUPERVISING_LEADER))
                .satisfies(p -> assertThat(p.departmentId()).isEqualTo(department));
    }

    @Test
    void departmentWithPeopleStaysAndThePageSaysWhy() throws Exception {
        TestWorlds.World world = worlds.create();
        long unit = world.unitA().id();
        long department = organization.addDepartment(unit, new Organization.DepartmentDetails("综合科", "")).id();
        organization.addPerson(unit, new Organization.PersonDetails("赵六", "科员", Duty.RESPONSIBLE_STAFF, department));

        mvc.perform(post("/admin/cycles/{c}/units/{u}/departments/{d}/delete", world.cycle().id(), unit, department)
                        .with(csrf()).with(office(world)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("科室“综合科”下还有人员")));
        assertThat(organization.departments(unit)).hasSize(1);
    }

    @Test
    void onlyTheOfficeOpensTheOrganizationPages() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        mvc.perform(get("/admin/cycles/{c}/organization", cycle).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有考评办管理员可以设置考评组")));
        mvc.perform(get("/admin/cycles/{c}/units/{u}", cycle, world.unitA().id())
                        .with(user(SignedInAccount.of(world.leaderA()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/cycles/{c}/organization/groups", cycle).param("name", "第二组")
                        .with(csrf()).with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        assertThat(organization.groups(cycle)).hasSize(1);
    }

    @Test
    void unknownCycleOrAnotherCyclesUnitIsNotFound() throws Exception {
        TestWorlds.World world = worlds.create();
        TestWorlds.World other = worlds.create();

        mvc.perform(get("/admin/cycles/{c}/organization", Long.MAX_VALUE).with(office(world)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("考评年度不存在")));
        mvc.perform(get("/admin/cycles/{c}/units/{u}", world.cycle().id(), other.unitA().id()).with(office(world)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("该单位不在本考评年度中")));
    }

    @Test
    void homePageLinksTheOfficeToEachCyclesOrganization() throws Exception {
        TestWorlds.World world = worlds.create();
        String link = "/admin/cycles/" + world.cycle().id() + "/organization";

        mvc.perform(get("/").with(office(world))).andExpect(content().string(containsString(link)));
        mvc.perform(get("/").with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(content().string(not(containsString(link))));
    }

    @Test
    void tableEditorOffersTheUnitsDepartmentsWithTheirHeadsAndItsLeaders() throws Exception {
        TestWorlds.World world = worlds.create();
        long unit = world.unitA().id();
        organization.addDepartment(unit, new Organization.DepartmentDetails("经济发展科", "张三"));
        organization.addPerson(unit, new Organization.PersonDetails("李副主任", "副主任", Duty.SUPERVISING_LEADER, null));
        organization.addDepartment(world.unitB().id(), new Organization.DepartmentDetails("成果转化科", "钱七"));
        FirstLevelIndicator authored = tables.find(world.tableA()).orElseThrow().table().allFirstLevel().stream()
                .filter(l1 -> !l1.isItem() && !l1.secondLevel().isEmpty()).findFirst().orElseThrow();

        mvc.perform(get("/tables/{t}", world.tableA()).param("edit", "l2:" + authored.secondLevel().get(0).id())
                        .with(user(SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<datalist id=\"choices-departments\">")))
                .andExpect(content().string(containsString("list=\"choices-departments\"")))
                .andExpect(content().string(containsString("value=\"经济发展科\"")))
                .andExpect(content().string(containsString("data-head=\"张三\"")))
                .andExpect(content().string(containsString("value=\"李副主任\"")))
                .andExpect(content().string(not(containsString("成果转化科"))));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor office(TestWorlds.World world) {
        return user(SignedInAccount.of(world.admin()));
    }
}
