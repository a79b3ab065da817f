/**
 * 账号管理: the office creates, edits, disables and resets accounts, links lead-department accounts
 * to their lead department and assigns raters to groups or units, through pages and the JSON API.
 */
@NullMarked
package org.jixiao.administration.accounts;

import org.jspecify.annotations.NullMarked;
