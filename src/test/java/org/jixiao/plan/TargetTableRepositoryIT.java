package org.jixiao.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.jixiao.demo.DemoTables;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestWorlds;
import org.jixiao.table.FirstLevelIndicator;
import org.jixiao.table.Points;
import org.jixiao.table.SecondLevelIndicator;
import org.jixiao.table.TargetTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@IntegrationTest
class TargetTableRepositoryIT {

    @Autowired
    TargetTableRepository repository;

    @Autowired
    TestWorlds worlds;

    @Test
    void readsBackEveryFieldOfAFullTable() {
        TestWorlds.World world = worlds.create();
        TargetTable original = DemoTables.semiconductorPark(world.cycle().id(), world.unitA().id(),
                world.cycle().template());
        repository.delete(world.tableA());
        repository.insert(original, "test", Instant.now());

        TargetTable read = repository.find(original.id()).orElseThrow().table();

        assertThat(read.unitName()).isEqualTo(original.unitName());
        assertThat(read.year()).isEqualTo(2025);
        assertThat(read.categories()).isEqualTo(original.categories());
        assertThat(read.totalPoints()).isEqualTo(Points.of(100));
    }

    @Test
    void keepsSeveralDepartmentsLeadersAndDecimalWeightsOnARow() {
        TestWorlds.World world = worlds.create();
        TargetTable table = repository.find(world.tableA()).orElseThrow().table();
        List<SecondLevelIndicator> rows = table.allFirstLevel().stream()
                .flatMap(l1 -> l1.secondLevel().stream()).toList();

        assertThat(rows).anySatisfy(row -> {
            assertThat(row.responsibility().departments()).hasSizeGreaterThan(1);
            assertThat(row.responsibility().leaders()).hasSizeGreaterThan(1);
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.weight()).isEqualTo(Points.of("1.5")));
        assertThat(table.allFirstLevel()).filteredOn(FirstLevelIndicator::isItem)
                .allSatisfy(item -> assertThat(item.responsibility().departments()).isNotEmpty());
    }

    @Test
    void refusesToOverwriteAChangeMadeSinceTheTableWasRead() {
        TestWorlds.World world = worlds.create();
        TargetTableRepository.Stored stored = repository.find(world.tableA()).orElseThrow();
        long next = repository.update(stored.table(), stored.version(), "first", Instant.now());

        assertThat(next).isEqualTo(stored.version() + 1);
        assertThatThrownBy(() -> repository.update(stored.table(), stored.version(), "second", Instant.now()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }
}
