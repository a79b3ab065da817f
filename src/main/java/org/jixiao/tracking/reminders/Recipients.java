package org.jixiao.tracking.reminders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.tracking.TrackedItem;
import org.jixiao.tracking.progress.ProgressRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who receives a unit's reminders: its clerks (about every item) and the accounts linked to the people the
 * rows name (科室负责人, 责任人 — of this unit, whatever unit the account belongs to), about their own
 * items. Each account once per unit: a clerk who is also linked is reminded as the clerk. Two queries
 * whatever the number of units.
 */
@Component
class Recipients {

    private final JdbcClient jdbc;
    private final ProgressRepository progress;

    Recipients(JdbcClient jdbc, ProgressRepository progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** An account reminded about a unit: about every item (a clerk) or about those its people answer for. */
    record Recipient(long accountId, boolean clerk, List<ProgressRepository.LinkedPerson> people) {

        boolean answersFor(TrackedItem item) {
            return clerk || people.stream().anyMatch(p -> p.sees(item));
        }

        /** The items of the unit this account is reminded about. */
        List<TrackedItem> of(List<TrackedItem> items) {
            return items.stream().filter(this::answersFor).toList();
        }
    }

    /** Every unit's recipients, by unit. */
    Map<Long, List<Recipient>> all() {
        Map<Long, Map<Long, Recipient>> byUnit = new LinkedHashMap<>();
        jdbc.sql("select id, unit_id from account where role = 'UNIT_CLERK' and enabled = true and unit_id is not null order by id")
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getLong(2), u -> new LinkedHashMap<>())
                            .put(rs.getLong(1), new Recipient(rs.getLong(1), true, List.of()));
                });
        for (ProgressRepository.LinkedPerson link : progress.allLinks()) {
            Map<Long, Recipient> unit = byUnit.computeIfAbsent(link.unitId(), u -> new LinkedHashMap<>());
            Recipient known = unit.get(link.accountId());
            if (known == null) {
                unit.put(link.accountId(), new Recipient(link.accountId(), false, List.of(link)));
            } else if (!known.clerk()) {
                List<ProgressRepository.LinkedPerson> people = new ArrayList<>(known.people());
                people.add(link);
                unit.put(link.accountId(), new Recipient(link.accountId(), false, List.copyOf(people)));
            }
        }
        Map<Long, List<Recipient>> result = new LinkedHashMap<>();
        byUnit.forEach((unit, recipients) -> result.put(unit, List.copyOf(recipients.values())));
        return result;
    }

    /** One unit's recipients. */
    List<Recipient> of(long unitId) {
        return all().getOrDefault(unitId, List.of());
    }
}
