/**
 * The year-end assessment as the server runs it: per-cycle settings, self-evaluation with evidence,
 * rater scores, tiers, peer grades, adjustments, live results and published versions, all fed to the
 * framework-free {@link org.jixiao.evaluation.ScoringEngine}.
 */
@NullMarked
package org.jixiao.evaluation.assessment;

import org.jspecify.annotations.NullMarked;
