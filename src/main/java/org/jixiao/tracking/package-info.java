/**
 * 季度跟踪: progress of every approved row during the year — reporting periods, progress reports with
 * evidence and the office's review, deadlines (完成时限) read into dates, overdue flags, reminders and the
 * dashboards. The top-level types are the framework-free rules; Spring wiring lives in the subpackages.
 */
@NullMarked
package org.jixiao.tracking;

import org.jspecify.annotations.NullMarked;
