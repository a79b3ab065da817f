/**
 * The audit trail (审计日志): every change, sign-in and sign-out as one append-only, hash-chained entry
 * (who, role, when, from where, what, before → after), its page, API, export and the {@code audit}
 * commands that verify the chain; usable by every module, since it depends on none but {@code web}.
 */
@NullMarked
package org.jixiao.audit;

import org.jspecify.annotations.NullMarked;
