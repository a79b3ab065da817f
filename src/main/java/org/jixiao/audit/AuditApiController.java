package org.jixiao.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The trail for scripts (OA systems, external archiving): the same filters and pages as the page. */
@RestController
@Tag(name = "审计日志", description = "只读：仅审计管理员（AUDIT_ADMIN）可查询")
class AuditApiController {

    private final AuditSearch search;

    AuditApiController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "查询审计日志",
            description = "按单位、用户、类别、日期筛选，按时间倒序每页 50 条；响应头 X-Total-Count 为符合条件的总条数。"
                    + "其他角色得到 403 {\"code\":\"AUDIT_FORBIDDEN\"}。")
    ResponseEntity<List<AuditEntry>> entries(
            @Parameter(description = "单位编号") @RequestParam(required = false) @Nullable Long unitId,
            @Parameter(description = "用户名（精确匹配）") @RequestParam(required = false) @Nullable String user,
            @Parameter(description = "类别") @RequestParam(required = false) @Nullable AuditKind kind,
            @Parameter(description = "开始日期（含），如 2025-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "结束日期（含）")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "页码，从 1 开始") @RequestParam(defaultValue = "1") int page,
            @Nullable Authentication who) {
        AuditSearch.Page found = search.page(new AuditQuery(unitId, user, kind, from, to), page, who);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total())).body(found.entries());
    }
}
