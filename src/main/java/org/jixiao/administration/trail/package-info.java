/**
 * The office's changes in the audit trail: cycles, templates, organization, accounts and bulk set-up,
 * each recorded with before → after inside the transaction of the change.
 */
@NullMarked
package org.jixiao.administration.trail;

import org.jspecify.annotations.NullMarked;
