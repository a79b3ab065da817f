/**
 * 在线会话: the registry of signed-in browser sessions in the database, shared by every node, with
 * the limit of sessions per account, the absolute session timeout and forced sign-out by the 安全管理员.
 */
@NullMarked
package org.jixiao.security.sessions;

import org.jspecify.annotations.NullMarked;
