package org.jixiao.administration.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.organization.Account;
import org.jixiao.organization.Organization;
import org.jixiao.security.SignedInAccount;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.StandardTemplates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The office sets up a cycle's organization through the JSON API with HTTP Basic: groups, units
 * in them, departments and people; duplicates, unknown groups, other cycles' ids and other roles
 * are refused with a code and a Chinese message, and nothing is stored by a refused request.
 */
@IntegrationTest
class OrganizationAdministrationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestWorlds worlds;

    @Autowired
    AssessmentCycles cycles;

    @Autowired
    Organization organization;

    @Test
    void officeSetsUpACycleWithTwoGroupsTwoUnitsTheirDepartmentsAndPeople() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = emptyCycle();
        Account admin = world.admin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        MockHttpServletResponse firstGroup = send(admin, post("/api/v1/cycles/{c}/groups", cycle),
                "{\"name\": \"第一组\"}").andExpect(status().isCreated()).andReturn().getResponse();
        long first = created(firstGroup.getContentAsString());
        assertThat(firstGroup.getHeader("Location")).endsWith("/api/v1/cycles/" + cycle + "/groups/" + first);
        send(admin, post("/api/v1/cycles/{c}/groups", cycle), "{\"name\": \"第二组\"}").andExpect(status().isCreated());
        long commerce = created(send(admin, post("/api/v1/cycles/{c}/units", cycle), """
                {"name": "泉州市商务局-%s", "shortName": "商务局", "group": "第一组", "level": "CITY", "parentId": null}"""
                .formatted(suffix)).andReturn().getResponse().getContentAsString());
        long district = created(send(admin, post("/api/v1/cycles/{c}/units", cycle), """
                {"name": "晋江市-%s", "group": "第二组", "level": "DISTRICT"}""".formatted(suffix))
                .andReturn().getResponse().getContentAsString());
        long trade = created(send(admin, post("/api/v1/cycles/{c}/units/{u}/departments", cycle, commerce),
                "{\"name\": \"商贸流通科\", \"head\": \"王五\"}").andReturn().getResponse().getContentAsString());
        send(admin, post("/api/v1/cycles/{c}/units/{u}/people", cycle, commerce), """
                {"name": "李四", "title": "副局长", "duty": "SUPERVISING_LEADER", "departmentId": null}""")
                .andExpect(status().isCreated());
        send(admin, post("/api/v1/cycles/{c}/units/{u}/people", cycle, commerce), """
                {"name": "赵六", "title": "科员", "duty": "RESPONSIBLE_STAFF", "departmentId": %d}""".formatted(trade))
                .andExpect(status().isCreated());

        read(admin, get("/api/v1/cycles/{c}/groups", cycle))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("第一组", "第二组")))
                .andExpect(jsonPath("$[0].id").value(first));
        read(admin, get("/api/v1/cycles/{c}/units", cycle))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(commerce))
                .andExpect(jsonPath("$[0].shortName").value("商务局"))
                .andExpect(jsonPath("$[0].group").value("第一组"))
                .andExpect(jsonPath("$[1].id").value(district))
                .andExpect(jsonPath("$[1].shortName").value("晋江市-" + suffix))
                .andExpect(jsonPath("$[1].level").value("DISTRICT"))
                .andExpect(jsonPath("$[1].group").value("第二组"));
        read(admin, get("/api/v1/cycles/{c}/units/{u}/departments", cycle, commerce))
                .andExpect(jsonPath("$[0].name").value("商贸流通科"))
                .andExpect(jsonPath("$[0].head").value("王五"));
        read(admin, get("/api/v1/cycles/{c}/units/{u}/people", cycle, commerce))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("李四", "赵六")))
                .andExpect(jsonPath("$[1].departmentId").value(trade));
    }

    @Test
    void unitMovesToAnotherGroupAndAnEmptiedGroupCanBeDeleted() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();
        long second = created(send(world.admin(), post("/api/v1/cycles/{c}/groups", cycle), "{\"name\": \"第二组\"}")
                .andReturn().getResponse().getContentAsString());
        long first = organization.groupNamed(cycle, "第一组").id();

        send(world.admin(), delete("/api/v1/cycles/{c}/groups/{g}", cycle, first), "")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("GROUP_NOT_EMPTY"));
        for (long unit : new long[] {world.unitA().id(), world.unitB().id()}) {
            send(world.admin(), put("/api/v1/cycles/{c}/units/{u}", cycle, unit), """
                    {"name": "%s", "shortName": "改", "group": "第二组", "level": "CITY"}"""
                    .formatted(organization.member(cycle, unit).unit().name()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.group").value("第二组"));
        }
        send(world.admin(), delete("/api/v1/cycles/{c}/groups/{g}", cycle, first), "")
                .andExpect(status().isNoContent());
        assertThat(organization.groups(cycle)).extracting(g -> g.id()).containsExactly(second);
    }

    @Test
    void duplicateGroupOrUnitIsAConflictWithItsCode() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        send(world.admin(), post("/api/v1/cycles/{c}/groups", cycle), "{\"name\": \" 第一组 \"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("GROUP_EXISTS"))
                .andExpect(jsonPath("$.message").value(containsString("已有名为“第一组”的考评组")));
        send(world.admin(), post("/api/v1/cycles/{c}/units", cycle),
                "{\"name\": \"" + world.unitA().name() + "\", \"group\": \"第一组\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("UNIT_EXISTS"));
        assertThat(organization.groups(cycle)).hasSize(1);
        assertThat(organization.members(cycle)).hasSize(2);
    }

    @Test
    void unitOfAnUnknownGroupIsRefusedAndNotStored() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        send(world.admin(), post("/api/v1/cycles/{c}/units", cycle),
                "{\"name\": \"泉州市商务局-" + UUID.randomUUID() + "\", \"group\": \"第九组\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("GROUP_UNKNOWN"))
                .andExpect(jsonPath("$.message").value(containsString("第九组")));
        assertThat(organization.members(cycle)).hasSize(2);
    }

    @Test
    void overLongNameIsRefusedWithAChineseMessage() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        send(world.admin(), post("/api/v1/cycles/{c}/units/{u}/departments", cycle, world.unitA().id()),
                "{\"name\": \"" + "科".repeat(201) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DEPARTMENT_NAME_TOO_LONG"))
                .andExpect(jsonPath("$.message").value("科室名称最多 200 个字，现有 201 个字"));
        assertThat(organization.departments(world.unitA().id())).isEmpty();
    }

    @Test
    void anotherCyclesUnitUnknownCycleAndAnotherUnitsDepartmentAreNotFound() throws Exception {
        TestWorlds.World world = worlds.create();
        TestWorlds.World other = worlds.create();
        long cycle = world.cycle().id();
        long foreignDepartment = organization.addDepartment(other.unitA().id(),
                new Organization.DepartmentDetails("综合科", "")).id();

        read(world.admin(), get("/api/v1/cycles/{c}/units/{u}", cycle, other.unitA().id()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNIT_NOT_FOUND"));
        read(world.admin(), get("/api/v1/cycles/{c}/units/{u}/departments", cycle, other.unitA().id()))
                .andExpect(status().isNotFound());
        send(world.admin(), put("/api/v1/cycles/{c}/units/{u}/departments/{d}", cycle, world.unitA().id(),
                foreignDepartment), "{\"name\": \"篡改\"}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("DEPARTMENT_NOT_FOUND"));
        read(world.admin(), get("/api/v1/cycles/{c}/groups", Long.MAX_VALUE))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("CYCLE_NOT_FOUND"));
        assertThat(organization.department(other.unitA().id(), foreignDepartment).name()).isEqualTo("综合科");
    }

    @Test
    void clerkChangesNothingButReadsTheOwnUnitsDepartmentsAndPeople() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        send(world.clerkA(), post("/api/v1/cycles/{c}/groups", cycle), "{\"name\": \"第二组\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OFFICE_ONLY"))
                .andExpect(jsonPath("$.message").value(containsString("考评办")));
        send(world.clerkA(), post("/api/v1/cycles/{c}/units/{u}/departments", cycle, world.unitA().id()),
                "{\"name\": \"综合科\"}").andExpect(status().isForbidden());
        read(world.clerkA(), get("/api/v1/cycles/{c}/units", cycle)).andExpect(status().isForbidden());
        read(world.clerkA(), get("/api/v1/cycles/{c}/units/{u}/departments", cycle, world.unitA().id()))
                .andExpect(status().isOk());
        read(world.leaderA(), get("/api/v1/cycles/{c}/units/{u}/people", cycle, world.unitA().id()))
                .andExpect(status().isOk());
        read(world.clerkA(), get("/api/v1/cycles/{c}/units/{u}/people", cycle, world.unitB().id()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("UNIT_STAFF_FORBIDDEN"));
        assertThat(organization.groups(cycle)).hasSize(1);
        assertThat(organization.departments(world.unitA().id())).isEmpty();
    }

    @Test
    void unitWithATableStaysInTheCycle() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();

        send(world.admin(), delete("/api/v1/cycles/{c}/units/{u}", cycle, world.unitA().id()), "")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("UNIT_HAS_TABLE"));
        assertThat(organization.members(cycle)).hasSize(2);
    }

    @Test
    void openApiDocumentDescribesEveryOrganizationEndpoint() throws Exception {
        TestWorlds.World world = worlds.create();
        String document = mvc.perform(get("/v3/api-docs").with(user(SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(document).contains("\"/api/v1/cycles/{cycleId}/groups\"", "\"/api/v1/cycles/{cycleId}/groups/{groupId}\"",
                "\"/api/v1/cycles/{cycleId}/units\"", "\"/api/v1/cycles/{cycleId}/units/{unitId}\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/departments\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/departments/{departmentId}\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/people\"",
                "\"/api/v1/cycles/{cycleId}/units/{unitId}/people/{personId}\"", "添加参评单位", "UnitRequest");
    }

    @Test
    void aClosedCycleKeepsItsOrganizationAsItWas() throws Exception {
        TestWorlds.World world = worlds.create();
        long cycle = world.cycle().id();
        send(world.admin(), post("/api/v1/cycles/{c}/close", cycle), "{}").andExpect(status().isOk());

        send(world.admin(), post("/api/v1/cycles/{c}/groups", cycle), "{\"name\": \"第二组\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CYCLE_CLOSED"));
        send(world.admin(), post("/api/v1/cycles/{c}/units/{u}/departments", cycle, world.unitA().id()),
                "{\"name\": \"新科室\", \"head\": \"\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CYCLE_CLOSED"));
        read(world.admin(), get("/api/v1/cycles/{c}/units", cycle)).andExpect(status().isOk());
        assertThat(organization.groups(cycle)).hasSize(1);
        assertThat(organization.departments(world.unitA().id())).noneMatch(d -> d.name().equals("新科室"));
    }

    private long emptyCycle() {
        AssessmentCycle cycle = cycles.open(2025, "接口测试系列-" + UUID.randomUUID().toString().substring(0, 8),
                StandardTemplates.cityGovernment2025());
        return cycle.id();
    }

    private ResultActions send(Account account, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(account.username(), TestWorlds.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions read(Account account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(account.username(), TestWorlds.PASSWORD)));
    }

    private static long created(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
