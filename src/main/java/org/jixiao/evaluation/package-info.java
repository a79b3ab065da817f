/** Year-end assessment: self-evaluation, grading, rater and lead-department scores, adjustments, composite score and ranking. */
@NullMarked
package org.jixiao.evaluation;

import org.jspecify.annotations.NullMarked;
