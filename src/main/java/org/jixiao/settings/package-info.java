/**
 * 系统设置: the deployment's non-security settings the 系统管理员 changes at run time (site name,
 * evidence upload limits, reminder days, mail sender), kept in the database.
 */
@NullMarked
package org.jixiao.settings;

import org.jspecify.annotations.NullMarked;
