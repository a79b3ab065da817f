package org.jixiao.evaluation.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.evaluation.assessment.Participants.Participant;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who set what (issue 9 item 4): for each item of a unit, who gave its tier (考评办 or the lead
 * department, by name, with the reason when the office overrode a lead department), its rater
 * scores (考评组成员) and its peer grades (同组互评), as the explanation page lists them.
 */
@Component
class WhoSet {

    private final AssessmentRepository repository;
    private final SettingsService settings;
    private final AccountRepository accounts;

    WhoSet(AssessmentRepository repository, SettingsService settings, AccountRepository accounts) {
        this.repository = repository;
        this.settings = settings;
        this.accounts = accounts;
    }

    /** The role a stored source names: OFFICE → 考评办, LEAD_DEPARTMENT → 牵头部门. */
    static String role(String source) {
        return switch (source) {
            case "OFFICE" -> "考评办";
            case "LEAD_DEPARTMENT" -> "牵头部门";
            case "PEER" -> "同组互评";
            default -> "考评组成员";
        };
    }

    /**
     * Per item code, the lines saying who set its inputs. With {@code asOf} (a published version's
     * time) an input changed after it is said to be so, not shown as if it had been published.
     *
     * @param raterNames whether rater scores are named (the office) or only counted (everyone else)
     */
    Map<String, List<String>> of(long cycleId, Participant participant, @Nullable Instant asOf, boolean raterNames) {
        EvaluationSettings s = settings.settings(cycleId);
        Map<UUID, AssessmentRepository.StoredTier> tiers = repository.tiers(cycleId);
        List<AssessmentRepository.StoredScore> scores = repository.countedScores(cycleId).stream()
                .filter(sc -> sc.unitId() == participant.unitId()).toList();
        List<AssessmentRepository.StoredPeerGrade> peers = repository.peerGrades(cycleId, participant.unitId());
        Set<String> usernames = new HashSet<>();
        tiers.values().forEach(t -> usernames.add(t.gradedBy()));
        peers.forEach(p -> usernames.add(p.gradedBy()));
        Map<String, String> names = names(usernames);
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (ScoredRow row : participant.rows().rows()) {
            List<String> lines = new ArrayList<>();
            AssessmentRepository.StoredTier tier = tiers.get(row.rowId());
            if (tier != null && tier.unitId() == participant.unitId()) {
                if (asOf != null && tier.at().isAfter(asOf)) {
                    lines.add("定档：发布后已由" + role(tier.source()) + " " + names.getOrDefault(tier.gradedBy(), tier.gradedBy())
                            + "改动");
                } else {
                    String lead = tier.source().equals("LEAD_DEPARTMENT")
                            ? s.leadFor(row).map(LeadDepartment::name).orElse("") : "";
                    lines.add("定档：" + role(tier.source()) + (lead.isEmpty() ? "" : " " + lead) + "（"
                            + names.getOrDefault(tier.gradedBy(), tier.gradedBy()) + "）第 " + tier.tier() + " 档"
                            + (tier.reason() == null ? "" : "，改动牵头部门评定的理由：" + tier.reason()));
                }
            }
            List<AssessmentRepository.StoredScore> rowScores = scores.stream()
                    .filter(sc -> sc.rowId().equals(row.rowId()))
                    .filter(sc -> asOf == null || !sc.at().isAfter(asOf)).toList();
            if (!rowScores.isEmpty()) {
                lines.add("打分：考评组成员" + (raterNames
                        ? " " + rowScores.stream().map(sc -> sc.raterName() + " " + sc.score().toPlainString())
                        .collect(Collectors.joining("、"))
                        : " " + rowScores.size() + " 人"));
            }
            List<AssessmentRepository.StoredPeerGrade> rowPeers = peers.stream()
                    .filter(p -> p.rowId().equals(row.rowId())).toList();
            if (!rowPeers.isEmpty()) {
                lines.add("互评：同组单位" + (raterNames
                        ? " " + rowPeers.stream().map(p -> names.getOrDefault(p.gradedBy(), p.gradedBy()) + " 第 "
                        + p.tier() + " 档").collect(Collectors.joining("、"))
                        : " " + rowPeers.size() + " 家"));
            }
            result.put(row.code().value(), lines);
        }
        return result;
    }

    private Map<String, String> names(Collection<String> usernames) {
        return usernames.isEmpty() ? Map.of() : accounts.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(Account::username, Account::displayName, (a, b) -> a));
    }
}
