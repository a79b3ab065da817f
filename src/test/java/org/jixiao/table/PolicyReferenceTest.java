package org.jixiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PolicyReferenceTest {

    @Test
    void readsTheDocumentNumberFromTheTitle() {
        PolicyReference reference = PolicyReference.of("泉州市人民政府办公室关于2025年市《政府工作报告》目标任务责任分解的通知"
                + "（泉政办〔2025〕2号）", " 属《政府工作报告》目标任务责任分解第57项，第3页 ");

        assertThat(reference.number()).hasToString("泉政办〔2025〕2号");
        assertThat(reference.note()).isEqualTo("属《政府工作报告》目标任务责任分解第57项，第3页");
    }

    @Test
    void keepsATitleWithoutNumber() {
        PolicyReference reference = PolicyReference.of("三定方案", null);

        assertThat(reference.number()).isNull();
        assertThat(reference.note()).isEmpty();
    }

    @Test
    void rejectsAnEmptyTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> PolicyReference.of("  ", "第5页"))
                .withMessageContaining("文件依据");
    }
}
