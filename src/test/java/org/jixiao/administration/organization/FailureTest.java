package org.jixiao.administration.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jixiao.administration.organization.Forms.PersonForm;
import org.jixiao.administration.organization.Forms.UnitForm;
import org.jixiao.organization.UnitLevel;
import org.jixiao.web.Refused;
import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void refusalCodeFindsItsFieldByTheLongestPrefix() {
        assertThat(Failure.fieldOf("UNIT_SHORT_NAME_TOO_LONG", UnitForm.FIELDS)).isEqualTo("shortName");
        assertThat(Failure.fieldOf("UNIT_NAME_TOO_LONG", UnitForm.FIELDS)).isEqualTo("name");
        assertThat(Failure.fieldOf("UNIT_NAME_TAKEN", UnitForm.FIELDS)).isEqualTo("name");
        assertThat(Failure.fieldOf("GROUP_REQUIRED", UnitForm.FIELDS)).isEqualTo("groupId");
        assertThat(Failure.fieldOf("DEPARTMENT_NOT_FOUND", PersonForm.FIELDS)).isEqualTo("departmentId");
    }

    @Test
    void refusalOfNoFieldConcernsTheWholeForm() {
        Failure failure = Failure.attempt("unit-3", Map.of(), () -> {
            throw Refused.conflict("UNIT_HAS_TABLE", "已有考评表");
        });

        assertThat(failure.general()).isEqualTo("已有考评表");
        assertThat(failure.at("unit-3", "")).isEqualTo("已有考评表");
    }

    @Test
    void overLongNameIsAMessageBesideTheNameOfThatFormOnly() {
        UnitForm form = new UnitForm("长".repeat(201), "", 1L, UnitLevel.CITY, null);

        Failure failure = Failure.attempt("newUnit", UnitForm.FIELDS, form::details);

        assertThat(failure.at("newUnit", "name")).isEqualTo("单位全称最多 200 个字，现有 201 个字");
        assertThat(failure.at("unit", "name")).isNull();
        assertThat(failure.general()).isNull();
    }

    @Test
    void missingThingsAndForbiddenChangesAreNotFormMessages() {
        assertThatThrownBy(() -> Failure.attempt("newUnit", UnitForm.FIELDS, () -> {
            throw Refused.notFound("GROUP_NOT_FOUND", "考评组不存在");
        })).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> Failure.attempt("newUnit", UnitForm.FIELDS, () -> {
            throw Refused.forbidden("OFFICE_ONLY", "只有考评办");
        })).isInstanceOf(Refused.class);
    }

    @Test
    void changeThatReadsIsNoFailure() {
        assertThat(Failure.attempt("newUnit", UnitForm.FIELDS, () -> { }).failed()).isFalse();
    }
}
