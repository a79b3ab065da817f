package org.jixiao.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.evaluation.assessment.SelfEvaluationService;
import org.jixiao.evidence.EvidenceFiles;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Duty;
import org.jixiao.organization.Organization;
import org.jixiao.organization.Role;
import org.jixiao.tracking.progress.Boards;
import org.jixiao.tracking.progress.ProgressRepository;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.tracking.reminders.Notifications;
import org.jixiao.tracking.reminders.ReminderJob;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.MovableClock;
import org.jixiao.support.TestWorlds;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Progress reporting, review, access, overdue flags and reminders on a real database with a fixed clock. */
@IntegrationTest
class TrackingIT {

    @Autowired TestWorlds worlds;
    @Autowired ProgressService progress;
    @Autowired ProgressRepository repository;
    @Autowired Boards boards;
    @Autowired Notifications notifications;
    @Autowired ReminderJob job;
    @Autowired SelfEvaluationService selfEvaluation;
    @Autowired Organization organization;
    @Autowired Accounts accounts;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(String date) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), Instant.parse(date + "T02:00:00Z")));
    }

    @Test
    void theOfficeExportsEveryUnitsProgressOfAPeriodInTheLayoutOfTheTable() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        progress.openPeriod(cycle, 1, actor(world.admin()));
        UUID row = item(world, "1-1-1").rowId();
        progress.submit(cycle, world.unitA().id(), row, 1, ProgressStatus.IN_PROGRESS, 40, "=已洽谈项目4个", actor(world.clerkA()));
        byte[] xlsx = mvc.perform(get("/tracking/cycles/{c}/progress.xlsx", cycle).param("period", "1")
                        .with(user(org.jixiao.security.SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("完成情况");
            int items = progress.unit(cycle, world.unitA().id(), 1, actor(world.admin())).lines().size()
                    + progress.unit(cycle, world.unitB().id(), 1, actor(world.admin())).lines().size();
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(items);
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(3).getStringCellValue().equals("1-1-1")
                        && sheet.getRow(r).getCell(0).getStringCellValue().equals(world.unitA().name())) {
                    assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo("推进中");
                    assertThat(sheet.getRow(r).getCell(10).getStringCellValue()).isEqualTo("'=已洽谈项目4个");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/tracking/cycles/{c}/progress.xlsx", cycle).param("period", "1")
                        .with(user(org.jixiao.security.SignedInAccount.of(world.clerkA()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/cycles/{c}/dashboard.xlsx", cycle)
                        .with(user(org.jixiao.security.SignedInAccount.of(world.admin()))))
                .andExpect(status().isOk());
    }

    private static CurrentUser actor(Account account) {
        return CurrentUser.of(account);
    }

    private TrackedItem item(TestWorlds.World world, String code) {
        return progress.unit(world.cycle().id(), world.unitA().id(), 1, actor(world.admin())).lines().stream()
                .map(ProgressService.Line::item).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theClerkReportsTheOfficeReturnsWithAReasonAndTheSelfEvaluationStartsFromTheReports() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        today("2025-04-03");
        TrackedItem row = item(world, "1-1-1");
        assertThatThrownBy(() -> progress.submit(cycle, unit, row.rowId(), 1, ProgressStatus.IN_PROGRESS, 30, "制定方案",
                actor(world.clerkA()))).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PERIOD_NOT_OPEN"));

        progress.openPeriod(cycle, 1, actor(world.admin()));
        progress.submit(cycle, unit, row.rowId(), 1, ProgressStatus.IN_PROGRESS, 30, "制定年度招商行动方案", actor(world.clerkA()));
        progress.upload(cycle, unit, row.rowId(), 1, new EvidenceFiles.Upload("招商台账.pdf", "application/pdf", 3,
                new ByteArrayInputStream("pdf".getBytes(StandardCharsets.UTF_8))), actor(world.clerkA()));
        assertThatThrownBy(() -> progress.review(cycle, unit, row.rowId(), 1, false, " ", actor(world.admin())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PROGRESS_RETURN_REASON"));
        progress.review(cycle, unit, row.rowId(), 1, false, "请补充洽谈项目清单", actor(world.admin()));

        assertThat(notifications.of(actor(world.clerkA()))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Notifications.Kind.RETURNED);
            assertThat(n.body()).contains("请补充洽谈项目清单");
        });
        assertThat(notifications.unread(actor(world.clerkA()))).isPositive();

        progress.submit(cycle, unit, row.rowId(), 1, ProgressStatus.IN_PROGRESS, 40, "已洽谈项目4个，清单附后", actor(world.clerkA()));
        ProgressReport accepted = progress.review(cycle, unit, row.rowId(), 1, true, "", actor(world.admin()));
        assertThat(accepted.review()).isEqualTo(Review.ACCEPTED);
        assertThatThrownBy(() -> progress.submit(cycle, unit, row.rowId(), 1, ProgressStatus.DONE, 100, "完成", actor(world.clerkA())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PROGRESS_ACCEPTED"));

        SelfEvaluationService.View self = selfEvaluation.view(cycle, unit, actor(world.clerkA()));
        assertThat(self.trackedOf(row.rowId())).isEqualTo("第一季度（推进中 40%）：已洽谈项目4个，清单附后");
        assertThat(self.evidenceOf(row.rowId())).extracting(f -> f.fileName()).containsExactly("招商台账.pdf");
    }

    @Test
    void aDepartmentsPersonSeesOnlyTheRowsOfTheirDepartmentAndAnotherUnitsRowsAreNotFound() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        var department = organization.addDepartment(unit, new Organization.DepartmentDetails("经济发展科", "褚达志"));
        var person = organization.addPerson(unit, new Organization.PersonDetails("褚达志", "科长", Duty.DEPARTMENT_HEAD,
                department.id()));
        Account head = accounts.create("head-" + UUID.randomUUID().toString().substring(0, 8), TestWorlds.PASSWORD,
                "褚达志", Role.UNIT_LEADER, unit);
        var otherUnitsPerson = organization.addPerson(world.unitB().id(), new Organization.PersonDetails("梁秋生", "科长",
                Duty.DEPARTMENT_HEAD, null));
        assertThatThrownBy(() -> progress.link(unit, world.clerkB().id(), otherUnitsPerson.id(), actor(world.admin())))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("LINK_OTHER_UNIT"));
        progress.link(unit, head.id(), person.id(), actor(world.admin()));

        List<ProgressService.Line> mine = progress.unit(cycle, unit, 1, actor(head)).lines();
        int all = progress.unit(cycle, unit, 1, actor(world.clerkA())).lines().size();
        assertThat(mine).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(l -> assertThat(l.item().departments()).contains("经济发展科"));

        progress.openPeriod(cycle, 1, actor(world.admin()));
        TrackedItem other = progress.unit(cycle, unit, 1, actor(world.clerkA())).lines().stream().map(ProgressService.Line::item)
                .filter(i -> !i.departments().contains("经济发展科")).findFirst().orElseThrow();
        assertThatThrownBy(() -> progress.submit(cycle, unit, other.rowId(), 1, ProgressStatus.IN_PROGRESS, null, "x", actor(head)))
                .isInstanceOf(NotFound.class);
        progress.submit(cycle, unit, mine.get(0).item().rowId(), 1, ProgressStatus.IN_PROGRESS, null, "科室报送", actor(head));

        assertThatThrownBy(() -> progress.unit(cycle, unit, 1, actor(world.clerkB()))).isInstanceOf(NotFound.class);
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/progress", cycle, unit)
                        .with(httpBasic(world.clerkB().username(), TestWorlds.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/progress", cycle, unit).param("period", "1")
                        .with(httpBasic(head.username(), TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("第一季度"))
                .andExpect(jsonPath("$.items.length()").value(mine.size()));
    }

    @Test
    void theApiReportsAnItemAndRefusesWhatIsWrongWithAStableCode() throws Exception {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        progress.openPeriod(cycle, 1, actor(world.admin()));
        UUID row = item(world, "1-1-2").rowId();
        String basic = world.clerkA().username();
        mvc.perform(post("/api/v1/cycles/{c}/units/{u}/progress", cycle, unit).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rowId\":\"" + row + "\",\"period\":1,\"status\":\"DONE\",\"percent\":100,\"done\":\"签约120亿元\"}")
                        .with(httpBasic(basic, TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("已完成"))
                .andExpect(jsonPath("$.review").value("SUBMITTED"));
        mvc.perform(post("/api/v1/cycles/{c}/units/{u}/progress", cycle, unit).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rowId\":\"" + row + "\",\"period\":1,\"status\":\"DONE\",\"percent\":150,\"done\":\"x\"}")
                        .with(httpBasic(basic, TestWorlds.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PROGRESS_PERCENT"));
        mvc.perform(post("/api/v1/cycles/{c}/units/{u}/progress", cycle, unit).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rowId\":\"" + row + "\",\"period\":1,\"status\":\"MAYBE\",\"done\":\"x\"}")
                        .with(httpBasic(basic, TestWorlds.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PROGRESS_STATUS"));
        mvc.perform(post("/api/v1/cycles/{c}/units/{u}/progress", cycle, unit).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rowId\":\"" + row + "\",\"period\":2,\"status\":\"DONE\",\"percent\":100,\"done\":\"x\"}")
                        .with(httpBasic(basic, TestWorlds.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PERIOD_NOT_OPEN"));
        mvc.perform(get("/api/v1/cycles/{c}/units/{u}/progress", cycle, unit).param("period", "1")
                        .with(httpBasic(basic, TestWorlds.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == '1-1-2')].report.done").value("签约120亿元"));
    }

    @Test
    void flagsItemsPastTheirDeadlineAndMissingReportsOnAFixedDay() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        long unit = world.unitA().id();
        today("2025-07-05");
        progress.openPeriod(cycle, 1, actor(world.admin()));
        progress.openPeriod(cycle, 2, actor(world.admin()));
        UUID solar = item(world, "2-12-2").rowId();
        UUID reported = item(world, "1-1-1").rowId();
        progress.submit(cycle, unit, reported, 1, ProgressStatus.IN_PROGRESS, null, "推进中", actor(world.clerkA()));

        Boards.View view = boards.board(cycle, unit, actor(world.admin()));
        assertThat(view.board().overdue()).anySatisfy(o -> {
            assertThat(o.item().rowId()).isEqualTo(solar);
            assertThat(o.flag().kind()).isEqualTo(Flag.Kind.DEADLINE_PASSED);
            assertThat(o.flag().message()).contains("6月30日前").contains("2025-06-30");
        });
        assertThat(view.board().overdue()).filteredOn(o -> o.item().rowId().equals(reported)).isEmpty();
        assertThat(view.board().overdue()).filteredOn(o -> o.flag().kind() == Flag.Kind.REPORT_MISSING)
                .isNotEmpty().allSatisfy(o -> assertThat(o.flag().period()).isEqualTo(1));

        today("2025-07-11");
        Boards.View later = boards.board(cycle, unit, actor(world.admin()));
        assertThat(later.board().overdue()).filteredOn(o -> o.item().rowId().equals(reported))
                .extracting(o -> o.flag().period()).containsExactly(2);
        Board.UnitLine line = later.board().units().get(0);
        assertThat(line.expected()).isEqualTo(line.items() * 2);
        assertThat(line.onTime()).isZero();
        assertThat(line.late()).isEqualTo(1);
    }

    @Test
    void theReminderJobRunsTwiceAndSendsOnceAndOnlyOneNodeSends() {
        TestWorlds.World world = worlds.approve(worlds.create());
        long cycle = world.cycle().id();
        today("2025-04-08");
        progress.openPeriod(cycle, 1, actor(world.admin()));

        assertThat(job.run()).isPositive();
        List<Notifications.Notification> first = notifications.of(actor(world.clerkA()));
        assertThat(first).extracting(Notifications.Notification::kind)
                .contains(Notifications.Kind.PERIOD_OPENED, Notifications.Kind.REPORT_DUE);
        assertThat(job.run()).isZero();
        assertThat(notifications.of(actor(world.clerkA()))).hasSameSizeAs(first);

        today("2025-04-11");
        assertThat(job.run()).isPositive();
        assertThat(notifications.of(actor(world.clerkA()))).filteredOn(n -> n.kind() == Notifications.Kind.OVERDUE)
                .singleElement().satisfies(n -> assertThat(n.body()).contains("第一季度进展应于 2025-04-10 前报送"));
        assertThat(job.run()).isZero();

        jdbc.sql("update job_lock set locked_until = ?, locked_by = 'other-node' where name = 'tracking-reminders'")
                .param(java.sql.Timestamp.from(clock.instant().plusSeconds(600))).update();
        assertThat(job.run()).isEqualTo(-1);
        jdbc.sql("update job_lock set locked_until = ? where name = 'tracking-reminders'")
                .param(java.sql.Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"))).update();
    }
}
