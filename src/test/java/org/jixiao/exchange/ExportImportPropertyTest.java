package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.table.CategoryRole;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.IndicatorCode;
import org.jixiao.table.PolicyReference;
import org.jixiao.table.Points;
import org.jixiao.table.ResponsibleDepartment;
import org.jixiao.table.Responsibility;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TableCategory;
import org.jixiao.table.TargetTable;

/** Export to the official .xlsx and import gives back the same table, for any table. */
class ExportImportPropertyTest {

    private static final String WORDS = "推进建设发展服务企业完成工作管理创新提升优化组织开展落实加强园区改革招商投资培育平台";

    @Property(tries = 60)
    void exportThenImportGivesBackTheSameTable(@ForAll("tables") TargetTable table) throws IOException {
        TargetTable back = XlsxRoundTripTest.readBack(XlsxRoundTripTest.xlsx(table));
        assertThat(TableSnapshot.of(back)).isEqualTo(TableSnapshot.of(table));
    }

    @Provide
    Arbitrary<TargetTable> tables() {
        Arbitrary<String> unit = text(2, 6).map(t -> "泉州市" + t + "局");
        Arbitrary<Integer> year = Arbitraries.integers().between(2019, 2030);
        Arbitrary<List<TableCategory>> key = functional(1, "重点工作目标", CategoryRole.KEY_WORK).list().ofMaxSize(1);
        Arbitrary<List<TableCategory>> routine = functional(2, "常规工作目标", CategoryRole.ROUTINE_WORK).list().ofMaxSize(1);
        Arbitrary<List<TableCategory>> administrative = items("行政能力目标", CategoryRole.ADMINISTRATIVE_CAPACITY, 4)
                .list().ofMaxSize(1);
        Arbitrary<List<TableCategory>> civility = items("精神文明", CategoryRole.OTHER, 7).list().ofMaxSize(1);
        return Combinators.combine(unit, year, key, routine, administrative, civility).as((u, y, k, r, a, c) -> {
            List<TableCategory> categories = new ArrayList<>();
            categories.addAll(k);
            categories.addAll(r);
            categories.addAll(a);
            categories.addAll(c);
            if (categories.isEmpty()) {
                categories.add(new TableCategory("key-work", "重点工作目标", CategoryRole.KEY_WORK, null, List.of()));
            }
            return new TargetTable(UUID.randomUUID(), 0, 0, u, y, categories);
        });
    }

    private Arbitrary<TableCategory> functional(int number, String name, CategoryRole role) {
        Arbitrary<List<FirstLevelIndicator>> indicators = Arbitraries.integers().between(1, 4).flatMap(count -> {
            List<Arbitrary<FirstLevelIndicator>> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                list.add(firstLevel(number + "-" + i));
            }
            return Combinators.combine(list).as(l -> l);
        });
        return Combinators.combine(points().injectNull(0.3), indicators)
                .as((declared, rows) -> new TableCategory("k", name, role, declared, rows));
    }

    private Arbitrary<FirstLevelIndicator> firstLevel(String code) {
        Arbitrary<List<PolicyReference>> basis = Arbitraries.integers().between(1, 99)
                .map(n -> PolicyReference.of("关于印发工作要点的通知（泉委办〔2025〕" + n + "号）", "")).list().ofMaxSize(2)
                .uniqueElements(PolicyReference::title);
        Arbitrary<Boolean> coded = Arbitraries.of(true, true, false);
        Arbitrary<List<SecondLevelIndicator>> secondLevel = coded.flatMap(withCodes ->
                Arbitraries.integers().between(withCodes ? 0 : 1, 3).flatMap(count -> {
                    List<Arbitrary<SecondLevelIndicator>> list = new ArrayList<>();
                    for (int j = 1; j <= count; j++) {
                        list.add(secondLevel(withCodes ? code + "-" + j : null));
                    }
                    return Combinators.combine(list).as(l -> l);
                }));
        return Combinators.combine(text(4, 20), points().injectNull(0.1), basis, secondLevel)
                .as((text, points, refs, rows) -> new FirstLevelIndicator(UUID.randomUUID(), new IndicatorCode(code),
                        text, points, refs, "", null, rows));
    }

    private Arbitrary<SecondLevelIndicator> secondLevel(String code) {
        return Combinators.combine(text(6, 40), points(), responsibility())
                .as((text, weight, r) -> SecondLevelIndicator.create(code == null ? null : new IndicatorCode(code),
                        text, weight, r));
    }

    private Arbitrary<TableCategory> items(String name, CategoryRole role, int number) {
        return Arbitraries.integers().between(1, 5).flatMap(count -> {
            List<Arbitrary<FirstLevelIndicator>> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String code = number + "-" + i;
                list.add(Combinators.combine(text(5, 30), points(), responsibility()).as((text, weight, r) ->
                        FirstLevelIndicator.item(new IndicatorCode(code), "", text + "。", weight, r)));
            }
            return Combinators.combine(list).as(l -> l);
        }).flatMap(rows -> points().injectNull(0.3).map(declared -> new TableCategory("i", name, role, declared, rows)));
    }

    private Arbitrary<Responsibility> responsibility() {
        Arbitrary<List<ResponsibleDepartment>> departments = Arbitraries.of(
                new ResponsibleDepartment("综合科", "陈建新"), new ResponsibleDepartment("发改科", "李昀"),
                new ResponsibleDepartment("资本科", "苏颖慧"), new ResponsibleDepartment("办公室", "黄华明"))
                .list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<List<String>> leaders = Arbitraries.of("刘海祥", "林鹏", "汪亚彬").list().ofMinSize(1).ofMaxSize(2)
                .uniqueElements();
        return Combinators.combine(Arbitraries.of("12月底前", "9月", "全年实施", "6月底前"), departments, leaders,
                        Arbitraries.of("", "", "省级媒体报道"))
                .as((deadline, d, l, remark) -> new Responsibility(deadline, d, l, List.of(), remark));
    }

    private static Arbitrary<Points> points() {
        return Arbitraries.integers().between(1, 20).map(halves -> new Points(java.math.BigDecimal.valueOf(halves, 0)
                .divide(java.math.BigDecimal.valueOf(2))));
    }

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withChars(WORDS.toCharArray()).ofMinLength(min).ofMaxLength(max);
    }
}
