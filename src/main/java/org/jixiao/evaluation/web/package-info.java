/** Pages of the year-end assessment: settings, self-evaluation, scoring, adjustments, results and explanations. */
@NullMarked
package org.jixiao.evaluation.web;

import org.jspecify.annotations.NullMarked;
