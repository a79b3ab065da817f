package org.jixiao.evaluation.json;

import java.util.List;

/**
 * A published package from before results could be verified: its results.json lacks fields the
 * engine has written since (states, the appraisal's full mark, the capped deductions…), so a
 * recomputation would list differences that say nothing about the figures. {@code score --verify}
 * says so plainly instead.
 *
 * @param missingFields     the fields of results.json (and scenario.json) it lacks, as JSON paths
 * @param checksumProblems  what SHA256SUMS found, which still holds for such a package (empty: every file matches)
 */
public final class PackagePredatesVerification extends RuntimeException {

    private final List<String> missingFields;
    private final List<String> checksumProblems;

    PackagePredatesVerification(List<String> missingFields, List<String> checksumProblems) {
        super("发布包早于核验功能，缺少字段：" + String.join("、", missingFields));
        this.missingFields = List.copyOf(missingFields);
        this.checksumProblems = List.copyOf(checksumProblems);
    }

    public List<String> missingFields() {
        return missingFields;
    }

    public List<String> checksumProblems() {
        return checksumProblems;
    }
}
