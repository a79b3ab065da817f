package org.jixiao.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.cycle.AssessmentCycle;
import org.jixiao.cycle.AssessmentCycles;
import org.jixiao.evaluation.PublishedRankings;
import org.jixiao.organization.Member;
import org.jixiao.organization.Memberships;
import org.jixiao.plan.PublishedPlans;
import org.jixiao.plan.TableView;
import org.jixiao.web.NotFound;
import org.springframework.stereotype.Service;

/**
 * What the public site shows: published plans by cycle (one series' year), group and unit, one
 * published plan with its 公示期 and the office's answers, and a cycle's published ranking. Nothing
 * unpublished is ever read here; asking for it is answered as if it did not exist.
 */
@Service
class PublicSite {

    private final PublishedPlans plans;
    private final PublishedRankings rankings;
    private final AssessmentCycles cycles;
    private final Memberships memberships;
    private final Objections objections;

    PublicSite(PublishedPlans plans, PublishedRankings rankings, AssessmentCycles cycles, Memberships memberships,
               Objections objections) {
        this.plans = plans;
        this.rankings = rankings;
        this.cycles = cycles;
        this.memberships = memberships;
        this.objections = objections;
    }

    /** A unit with a published plan, and its 公示期. */
    record UnitEntry(long unitId, String name, PublishedPlans.Published plan, ObjectionWindow window, boolean open) {
    }

    /** A group (考评组) of a cycle with its units that have published plans. */
    record GroupEntry(String name, List<UnitEntry> units) {
    }

    /** A cycle with anything published: its plans by group, and whether its results are published. */
    record CycleEntry(AssessmentCycle cycle, List<GroupEntry> groups, boolean hasResults) {
    }

    /**
     * Every cycle with a published plan or published results, newest year first: one query for all
     * published plans, then per cycle one for its results and, where it has published plans, one for
     * its members and one for its 公示期 setting.
     */
    List<CycleEntry> index() {
        Map<Long, Map<Long, PublishedPlans.Published>> published = plans.all().stream().collect(Collectors.groupingBy(
                PublishedPlans.Published::cycleId, Collectors.toMap(PublishedPlans.Published::unitId, p -> p)));
        List<CycleEntry> entries = new ArrayList<>();
        for (AssessmentCycle cycle : cycles.all()) {
            Map<Long, PublishedPlans.Published> ofCycle = published.getOrDefault(cycle.id(), Map.of());
            boolean hasResults = rankings.hasPublished(cycle.id());
            if (ofCycle.isEmpty() && !hasResults) {
                continue;
            }
            Map<String, List<UnitEntry>> groups = new LinkedHashMap<>();
            int days = objections.windowDays(cycle.id());
            for (Member member : ofCycle.isEmpty() ? List.<Member>of() : memberships.members(cycle.id())) {
                PublishedPlans.Published plan = ofCycle.get(member.unitId());
                if (plan != null) {
                    groups.computeIfAbsent(member.group().name(), g -> new ArrayList<>())
                            .add(entry(member.unitId(), member.unit().name(), plan, days));
                }
            }
            entries.add(new CycleEntry(cycle, groups.entrySet().stream()
                    .map(g -> new GroupEntry(g.getKey(), g.getValue())).toList(), hasResults));
        }
        entries.sort(Comparator.comparing((CycleEntry e) -> e.cycle().year()).reversed()
                .thenComparing(e -> e.cycle().series()));
        return entries;
    }

    /** A published plan as the public sees it, with the office's answers to objections. */
    record UnitPage(UnitEntry entry, TableView view, List<Objection> answered) {
    }

    UnitPage unit(long cycleId, long unitId) {
        PublishedPlans.Published plan = plans.find(cycleId, unitId).orElseThrow(PublicSite::notPublished);
        TableView view = plans.table(cycleId, unitId).orElseThrow(PublicSite::notPublished);
        return new UnitPage(entry(unitId, view.table().unitName(), plan, objections.windowDays(cycleId)), view, objections.answered(cycleId, unitId));
    }

    /** The published table alone, for the print view and the download. */
    TableView table(long cycleId, long unitId) {
        return plans.table(cycleId, unitId).orElseThrow(PublicSite::notPublished);
    }

    record ResultsPage(AssessmentCycle cycle, PublishedRankings.PublishedRanking ranking) {
    }

    ResultsPage results(long cycleId) {
        AssessmentCycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFound("考评年度不存在"));
        return new ResultsPage(cycle, rankings.latest(cycleId).orElseThrow(() -> new NotFound("考评结果尚未发布")));
    }

    private UnitEntry entry(long unitId, String name, PublishedPlans.Published plan, int days) {
        ObjectionWindow window = objections.window(plan, days);
        return new UnitEntry(unitId, name, plan, window, objections.isOpen(window));
    }

    private static NotFound notPublished() {
        return new NotFound("该考评表不存在或尚未公示");
    }
}
