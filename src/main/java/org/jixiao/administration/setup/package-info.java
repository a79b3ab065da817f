/**
 * Bulk set-up of a cycle from one workbook the office keeps (sheets 单位, 科室, 人员, 账号): read,
 * check row by row, preview, and apply all or nothing; the downloadable template; page and API.
 */
@NullMarked
package org.jixiao.administration.setup;

import org.jspecify.annotations.NullMarked;
