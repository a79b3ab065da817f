package org.jixiao.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jixiao.security.sessions.OnlineSessions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Online sessions and sign-in lockouts for the 安全管理员's scripts (HTTP Basic). */
@RestController
@Tag(name = "安全管理", description = "在线会话与强制下线、登录锁定与解除（仅安全管理员 SECURITY_ADMIN）")
class SecurityAdministrationApiController {

    private final OnlineSessions sessions;
    private final LockoutAdministration lockouts;

    SecurityAdministrationApiController(OnlineSessions sessions, LockoutAdministration lockouts) {
        this.sessions = sessions;
        this.lockouts = lockouts;
    }

    @GetMapping("/api/v1/sessions")
    @Operation(summary = "在线会话", description = "所有节点上在线的浏览器会话，最新登录在前；其他角色得到 403 SECURITY_ADMIN_ONLY")
    List<OnlineSessions.OnlineSession> sessions(@AuthenticationPrincipal SignedInAccount principal) {
        return sessions.online(principal.user());
    }

    @DeleteMapping("/api/v1/sessions/{id}")
    @Operation(summary = "强制下线", description = "结束该会话，其下一次请求转到登录页并说明原因；已结束或不存在的会话得到 404 SESSION_NOT_FOUND")
    ResponseEntity<Void> end(@PathVariable String id, @AuthenticationPrincipal SignedInAccount principal) {
        sessions.forceOut(id, principal.user());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/lockouts")
    @Operation(summary = "被锁定的用户名", description = "登录失败次数达到上限而被锁定的用户名，锁定最早结束的在前")
    List<SignInFailures.Locked> lockouts(@AuthenticationPrincipal SignedInAccount principal) {
        return lockouts.locked(principal.user());
    }

    @DeleteMapping("/api/v1/lockouts/{username}")
    @Operation(summary = "解除锁定", description = "未被锁定的用户名得到 404 LOCKOUT_NOT_FOUND")
    ResponseEntity<Void> unlock(@PathVariable String username, @AuthenticationPrincipal SignedInAccount principal) {
        lockouts.unlock(username, principal.user());
        return ResponseEntity.noContent().build();
    }
}
