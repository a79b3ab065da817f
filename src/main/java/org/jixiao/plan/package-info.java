/**
 * Units' target tables as stored and edited, and their plan lifecycle (草稿 → 已提交 → 同组互审 → 集中审核 →
 * 审定 → 已批复 → 已公示) that locks a submitted table: persistence, access, pages and API.
 */
@NullMarked
package org.jixiao.plan;

import org.jspecify.annotations.NullMarked;
