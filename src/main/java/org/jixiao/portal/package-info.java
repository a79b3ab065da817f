/**
 * 公示 — the anonymous public site that shows published plans and results, takes comments and
 * objections during the 公示期, and the office's page that answers and closes them.
 */
@NullMarked
package org.jixiao.portal;

import org.jspecify.annotations.NullMarked;
