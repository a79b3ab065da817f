package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void changedFieldsRecordsOnlyTheValuesThatDiffer() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("锁定阈值", 5);
        before.put("空闲超时", 30);
        before.put("站点名称", "市考评办");
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("空闲超时", 20);

        AuditEvent event = AuditEvent.changedFields(AuditKind.SECURITY_POLICY, "secadmin", "SECURITY_ADMIN",
                "修改安全策略（版本 1 → 2）", before, after);

        assertThat(event.before()).isEqualTo("{\"空闲超时\":30}");
        assertThat(event.after()).isEqualTo("{\"空闲超时\":20}");
        assertThat(event.cycleId()).isNull();
        assertThat(event.unitId()).isNull();
    }

    @Test
    void aSaveThatChangesNothingRecordsEmptyObjects() {
        Map<String, Object> same = Map.of("站点名称", "市考评办");
        AuditEvent event = AuditEvent.changedFields(AuditKind.SYSTEM_SETTINGS, "sysadmin", "SYSTEM_ADMIN",
                "修改系统设置（版本 3 → 4）", same, same);
        assertThat(event.before()).isEqualTo("{}");
        assertThat(event.after()).isEqualTo("{}");
    }
}
