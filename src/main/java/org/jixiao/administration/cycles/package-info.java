/**
 * 考评年度管理: opening, editing, closing and copying assessment cycles, and editing a cycle's
 * table template with a preview of what the change does to the tables already written.
 */
@NullMarked
package org.jixiao.administration.cycles;

import org.jspecify.annotations.NullMarked;
