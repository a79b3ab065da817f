package org.jixiao.evaluation.assessment;

/**
 * 自评提交最低填写比例 — the share of a unit's scored rows that must have 完成情况 before its
 * self-evaluation may be submitted, in whole percent (0–100). 0, the default (本系统默认: no document
 * sets one), lets a clerk submit at any share once they confirm the unfilled rows.
 * The comparison is exact: {@code filled × 100 ≥ percent × total}.
 */
public record SubmissionMinimum(int percent) {

    public static final SubmissionMinimum NONE = new SubmissionMinimum(0);

    public SubmissionMinimum {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("自评提交的最低填写比例应在 0 到 100（%）之间，当前为 " + percent);
        }
    }

    /** Whether {@code filled} of {@code total} rows reach the minimum; a table without rows always does. */
    public boolean isMetBy(int filled, int total) {
        return total == 0 || (long) filled * 100 >= (long) percent * total;
    }

    /** The fewest filled rows of {@code total} that reach the minimum. */
    public int rowsNeeded(int total) {
        return (int) (((long) percent * total + 99) / 100);
    }

    /** The share filled, in whole percent rounded down (so a share shown as reaching the minimum does). */
    public static int share(int filled, int total) {
        return total == 0 ? 100 : (int) ((long) filled * 100 / total);
    }

    /** Why {@code filled} of {@code total} may not be submitted, in words a clerk can act on. */
    public String refusal(int filled, int total) {
        return "已填写完成情况 " + filled + "/" + total + " 项（" + share(filled, total) + "%），低于评分规则要求的最低填写比例 "
                + percent + "%（至少 " + rowsNeeded(total) + " 项），请继续填写后再提交自评";
    }
}
