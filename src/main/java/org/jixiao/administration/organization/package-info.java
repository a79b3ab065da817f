/**
 * A cycle's groups (考评组) and units, each unit's departments (科室) and people, as the office sets
 * them up: pages under {@code /admin/cycles/{cycleId}} and the JSON API under {@code /api/v1/cycles/{cycleId}}.
 */
@NullMarked
package org.jixiao.administration.organization;

import org.jspecify.annotations.NullMarked;
