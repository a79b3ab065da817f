/** 安全策略: the sign-in, password and session policy the 安全管理员 edits at run time, kept in the database. */
@NullMarked
package org.jixiao.security.policy;

import org.jspecify.annotations.NullMarked;
