package org.jixiao.administration.setup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.jixiao.security.SignedInAccount;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk set-up of a cycle from a workbook, for scripts: the same file, checks and all-or-nothing rule as the page. */
@RestController
@Tag(name = "批量导入", description = "用一个 Excel 工作簿（单位、科室、人员、账号）批量建立考评年度的组织和账号")
class SetupApiController {

    private final BulkSetup setup;

    SetupApiController(BulkSetup setup) {
        this.setup = setup;
    }

    /** What was (or, in a dry run, would be) created; findings are always empty in a 200 answer. */
    record SetupResult(SetupPlan.Counts created, List<SetupFinding> findings) {
    }

    @PostMapping(path = "/api/v1/cycles/{cycleId}/setup", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "批量导入单位、科室、人员和账号",
            description = "上传按模板（页面 /admin/cycles/{cycleId}/setup/template.xlsx）填写的 .xlsx 文件。"
                    + "全部检查通过才在一个事务中导入；有任何问题时返回 400 SETUP_INVALID，details 列出每一处问题"
                    + "（sheet、row、column、code、message），不导入任何数据。dryRun=true 只检查不导入。"
                    + "新建的账号首次登录须修改密码。仅考评办管理员可用。",
            responses = {
                    @ApiResponse(responseCode = "200", description = "已导入（或试运行通过），created 为各类新建数量"),
                    @ApiResponse(responseCode = "400", description = "SETUP_INVALID（逐行问题）、SETUP_SHEET_MISSING、"
                            + "SETUP_EMPTY、SETUP_FILE_ENCRYPTED、SETUP_FILE_TOO_LARGE、SETUP_FILE_UNSUPPORTED_FORMAT 等"),
                    @ApiResponse(responseCode = "403", description = "不是考评办管理员"),
                    @ApiResponse(responseCode = "404", description = "考评年度不存在"),
                    @ApiResponse(responseCode = "409", description = "考评年度已关闭")})
    SetupResult setup(@PathVariable long cycleId,
                      @Parameter(description = "填好的导入模板（.xlsx）") @RequestParam("file") MultipartFile file,
                      @Parameter(description = "true 时只检查、不导入") @RequestParam(defaultValue = "false") boolean dryRun,
                      @AuthenticationPrincipal SignedInAccount principal) throws IOException {
        if (!principal.user().isAdmin()) {
            throw new AccessDeniedException("只有考评办管理员可以批量导入");
        }
        byte[] content = file.getBytes();
        SetupPlan plan = dryRun ? setup.check(cycleId, content) : setup.apply(cycleId, content, principal.user());
        return new SetupResult(plan.counts(), plan.findings());
    }
}
