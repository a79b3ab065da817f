/**
 * 二级绩效: a unit's internal department plans — rows or parts of rows of its approved table given to its
 * departments, their progress per period and the roll-up per row that the unit reports from.
 */
@NullMarked
package org.jixiao.tracking.internal;

import org.jspecify.annotations.NullMarked;
