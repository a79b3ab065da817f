package org.jixiao.tracking.demo;

import java.sql.SQLException;
import java.util.List;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.demo.DemoStart;
import org.jixiao.organization.Account;
import org.jixiao.organization.Accounts;
import org.jixiao.organization.CurrentUser;
import org.jixiao.organization.Role;
import org.jixiao.tracking.ProgressStatus;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.tracking.progress.ProgressRepository;
import org.jixiao.tracking.progress.ProgressService;
import org.jixiao.tracking.progress.TrackedRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the embedded demonstration database: the first two quarters opened, the park's items reported
 * for both (one returned with a reason, one behind), the science bureau's only partly for the first, and
 * {@code bdt-jjfz}, the park's 经济发展科 head, who sees and reports only the items of that department.
 */
@Component
@Order(30)
class TrackingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrackingDemoData.class);

    private final DemoStart start;
    private final JdbcClient jdbc;
    private final TrackedRows rows;
    private final ProgressService progress;
    private final ProgressRepository repository;
    private final Accounts accounts;

    TrackingDemoData(DemoStart start, JdbcClient jdbc, TrackedRows rows, ProgressService progress,
                     ProgressRepository repository, Accounts accounts) {
        this.start = start;
        this.jdbc = jdbc;
        this.rows = rows;
        this.progress = progress;
        this.repository = repository;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws SQLException {
        AssessmentCycle cycle = start.cycle().orElse(null);
        Account admin = start.account("admin").orElse(null);
        Account bdt = start.account("bdt").orElse(null);
        Account kjj = start.account("kjj").orElse(null);
        if (cycle == null || admin == null || bdt == null || kjj == null
                || !repository.openedPeriods(cycle.id()).isEmpty()) {
            return;
        }
        CurrentUser office = CurrentUser.of(admin);
        progress.openPeriod(cycle.id(), 1, office);
        progress.openPeriod(cycle.id(), 2, office);
        List<TrackedItem> park = rows.of(cycle.id(), bdt.unitId());
        for (int i = 0; i < park.size(); i++) {
            TrackedItem item = park.get(i);
            boolean done = i % 4 == 0;
            ProgressStatus q1 = i == 5 ? ProgressStatus.BEHIND : ProgressStatus.IN_PROGRESS;
            progress.submit(cycle.id(), item.unitId(), item.rowId(), 1, q1, done ? 50 : null,
                    "一季度：" + shorten(item.text()) + "，已制定推进方案并分解到责任科室。", CurrentUser.of(bdt));
            if (i == 1) {
                progress.review(cycle.id(), item.unitId(), item.rowId(), 1, false, "请补充工作台账和佐证材料", office);
            } else if (i % 3 == 0) {
                progress.review(cycle.id(), item.unitId(), item.rowId(), 1, true, "", office);
            }
            if (i % 2 == 0) {
                progress.submit(cycle.id(), item.unitId(), item.rowId(), 2, done ? ProgressStatus.DONE : ProgressStatus.IN_PROGRESS,
                        done ? 100 : null, "二季度：" + (done ? "已全面完成，详见台账。" : "按节点推进，进度符合预期。"), CurrentUser.of(bdt));
            }
        }
        List<TrackedItem> science = rows.of(cycle.id(), kjj.unitId());
        for (int i = 0; i < science.size() / 2; i++) {
            TrackedItem item = science.get(i);
            progress.submit(cycle.id(), item.unitId(), item.rowId(), 1, ProgressStatus.IN_PROGRESS, null,
                    "一季度：" + shorten(item.text()) + "，已启动。", CurrentUser.of(kjj));
        }
        linkDepartmentHead(bdt.unitId());
        log.info("已载入跟踪演示数据：第一、二季度已开放，演示账号 bdt-jjfz（经济发展科）");
    }

    private void linkDepartmentHead(Long unitId) {
        Long person = jdbc.sql("""
                        select p.id from person p join department d on d.unit_id = p.unit_id and d.head = p.name
                        where p.unit_id = ? and d.name = '经济发展科' and p.duty = 'DEPARTMENT_HEAD' order by p.id""")
                .param(unitId).query(Long.class).list().stream().findFirst().orElse(null);
        if (person == null || start.account("bdt-jjfz").isPresent()) {
            return;
        }
        Account head = accounts.create("bdt-jjfz", start.password(), "半导体高新区 经济发展科", Role.UNIT_LEADER, unitId);
        repository.link(head.id(), person);
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
