package org.jixiao.plan;

/** Who acts on a plan: the account's username and what the account is to this unit's plan. */
public record PlanActor(String username, PlanRole role) {

    public PlanActor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("操作人不能为空");
        }
        if (role == null) {
            throw new IllegalArgumentException("操作人的角色不能为空");
        }
    }
}
