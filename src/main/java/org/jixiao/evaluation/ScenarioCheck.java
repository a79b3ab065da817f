package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks that need more than one record: references to schemes and award levels, tiers within
 * their scheme, panel size, unique ids and codes. Each record checks its own fields when built.
 */
final class ScenarioCheck {

    private ScenarioCheck() {
    }

    static List<ScenarioProblem> problems(Scenario scenario) {
        ScoringSettings settings = scenario.settings();
        List<ScenarioProblem> problems = new ArrayList<>();
        Set<String> unitIds = new HashSet<>();
        for (int u = 0; u < scenario.units().size(); u++) {
            UnitInput unit = scenario.units().get(u);
            String at = "units[" + u + "]";
            if (!unitIds.add(unit.id())) {
                problems.add(new ScenarioProblem(at + ".id", "单位标识“" + unit.id() + "”重复，每个单位须有唯一标识"));
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < unit.items().size(); i++) {
                ScoredItem item = unit.items().get(i);
                String itemAt = at + ".items[" + i + "]";
                if (!codes.add(item.code().value())) {
                    problems.add(new ScenarioProblem(itemAt + ".code",
                            "单位“" + unit.name() + "”的序号 " + item.code() + " 重复"));
                }
                checkItem(settings, unit, item, itemAt, problems);
            }
            for (int k = 0; k < unit.incentives().size(); k++) {
                String level = unit.incentives().get(k).level();
                if (!settings.incentiveLevels().containsKey(level)) {
                    problems.add(new ScenarioProblem(at + ".incentives[" + k + "].level",
                            "正向激励级别“" + level + "”未在评分规则中设置分值，可用级别："
                                    + String.join("、", settings.incentiveLevels().keySet())));
                }
            }
        }
        return problems;
    }

    private static void checkItem(ScoringSettings settings, UnitInput unit, ScoredItem item, String at,
                                  List<ScenarioProblem> problems) {
        GradeScheme scheme = settings.schemes().get(item.scheme());
        Integer tier = item.tier();
        // the scheme only matters once a tier is assessed
        if (tier != null && scheme == null) {
            problems.add(new ScenarioProblem(at + ".scheme", "指标 " + item.code() + " 引用的定档方案“"
                    + item.scheme() + "”不存在，可用方案：" + String.join("、", settings.schemes().keySet())));
        } else if (tier != null && tier > scheme.tierCount()) {
            problems.add(new ScenarioProblem(at + ".tier", "指标 " + item.code() + " 的档次 " + tier
                    + " 超出定档方案“" + item.scheme() + "”的档数 " + scheme.tierCount()));
        }
        if (item.raterScores().size() > settings.maxRaters()) {
            problems.add(new ScenarioProblem(at + ".raterScores", "单位“" + unit.name() + "”指标 " + item.code()
                    + " 有 " + item.raterScores().size() + " 个评分，超过集中考评组人数 " + settings.maxRaters()));
        }
    }
}
