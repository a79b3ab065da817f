package org.jixiao.administration.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jixiao.organization.AccountFilter;
import org.jixiao.organization.AccountProfile;
import org.jixiao.organization.PasswordPolicy;
import org.jixiao.organization.NewAccount;
import org.jixiao.organization.Role;
import org.jixiao.security.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts through the JSON API, for administrators' scripts (HTTP Basic). */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "账号", description = "创建、修改、停用账号，重置密码（仅考评办管理员）")
class AccountApiController {

    /** {@code mustChangePassword} defaults to true: the person sets their own password at first sign-in. */
    record CreateRequest(
            @Size(max = AccountForms.MAX_USERNAME, message = "{accounts.col.username}{field.tooLong}") String username,
            @Size(max = AccountProfile.MAX_DISPLAY_NAME, message = "{accounts.col.displayName}{field.tooLong}")
            String displayName,
            @Size(max = PasswordPolicy.MAX_BYTES, message = "{accounts.initialPassword}{field.tooLong}") String password,
            Role role, @Nullable Long unitId,
            @Nullable Boolean mustChangePassword, @Nullable String leadDepartment) {

        NewAccount account() {
            return new NewAccount(username, displayName, password, role, unitId,
                    mustChangePassword == null || mustChangePassword);
        }
    }

    record PasswordReset(
            @Size(max = PasswordPolicy.MAX_BYTES, message = "{accounts.initialPassword}{field.tooLong}") String password) {
    }

    record Created(long id) {
    }

    private final AccountAdministration administration;

    AccountApiController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "账号列表", description = "可按角色、单位、是否启用筛选；不含密码")
    List<AccountView> list(@RequestParam(required = false) @Nullable Role role,
                           @RequestParam(required = false) @Nullable Long unitId,
                           @RequestParam(required = false) @Nullable Boolean enabled,
                           @AuthenticationPrincipal SignedInAccount principal) {
        return administration.overview(new AccountFilter(role, unitId, enabled), principal.user()).accounts();
    }

    @PostMapping
    @Operation(summary = "创建账号", description = "密码至少 10 位，含大写字母、小写字母、数字、符号中的至少 3 类，"
            + "不含用户名；mustChangePassword 缺省为 true（首次登录须修改密码）")
    ResponseEntity<Created> create(@Valid @RequestBody CreateRequest request,
                                   @AuthenticationPrincipal SignedInAccount principal) {
        AccountView created = administration.create(request.account(), request.leadDepartment(), principal.user());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(new Created(created.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个账号")
    AccountView get(@PathVariable long id, @AuthenticationPrincipal SignedInAccount principal) {
        return administration.get(id, principal.user());
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改账号", description = "displayName、role 必填；unitId 为空表示不属于任何单位；"
            + "enabled 省略则不变；leadDepartment 仅用于牵头部门账号，为空则取消关联")
    AccountView update(@PathVariable long id, @RequestBody AccountChange change,
                       @AuthenticationPrincipal SignedInAccount principal) {
        return administration.update(id, change, principal.user());
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "重置密码", description = "设置新的初始密码，账号下次登录时须修改密码")
    AccountView resetPassword(@PathVariable long id, @Valid @RequestBody PasswordReset request,
                              @AuthenticationPrincipal SignedInAccount principal) {
        return administration.resetPassword(id, request.password(), principal.user());
    }
}
