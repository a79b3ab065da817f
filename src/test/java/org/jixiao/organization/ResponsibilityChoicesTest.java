package org.jixiao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.organization.ResponsibilityChoices.DepartmentChoice;
import org.jixiao.organization.ResponsibilityChoices.PersonChoice;
import org.junit.jupiter.api.Test;

class ResponsibilityChoicesTest {

    private static final long UNIT = 7;

    private static Department department(long id, String name, String head) {
        return new Department(id, UNIT, name, head, (int) id);
    }

    private static Person person(long id, String name, Duty duty, String title, Long departmentId) {
        return new Person(id, UNIT, name, duty, title, (int) id, departmentId);
    }

    @Test
    void departmentOffersTheHeadWrittenOnIt() {
        ResponsibilityChoices choices = ResponsibilityChoices.of(List.of(department(1, "综合科", "张三")), List.of());

        assertThat(choices.departments()).containsExactly(new DepartmentChoice("综合科", "张三"));
        assertThat(choices.heads()).containsExactly(new PersonChoice("张三", "综合科"));
    }

    @Test
    void departmentWithoutWrittenHeadOffersThePersonRecordedAsHeadingIt() {
        ResponsibilityChoices choices = ResponsibilityChoices.of(List.of(department(1, "商贸科", "")),
                List.of(person(10, "王五", Duty.DEPARTMENT_HEAD, "科长", 1L)));

        assertThat(choices.departments()).containsExactly(new DepartmentChoice("商贸科", "王五"));
        assertThat(choices.heads()).containsExactly(new PersonChoice("王五", "商贸科"));
    }

    @Test
    void departmentNobodyHeadsOffersNoHead() {
        ResponsibilityChoices choices = ResponsibilityChoices.of(List.of(department(1, "办公室", "")), List.of());

        assertThat(choices.departments()).containsExactly(new DepartmentChoice("办公室", ""));
        assertThat(choices.heads()).isEmpty();
    }

    @Test
    void leadersAreSupervisingLeadersFirstThenPrincipalLeadersWithTheirPosts() {
        ResponsibilityChoices choices = ResponsibilityChoices.of(List.of(), List.of(
                person(1, "陈局长", Duty.PRINCIPAL_LEADER, "局长", null),
                person(2, "李副局长", Duty.SUPERVISING_LEADER, "副局长", null),
                person(3, "赵六", Duty.RESPONSIBLE_STAFF, "科员", null)));

        assertThat(choices.leaders()).containsExactly(new PersonChoice("李副局长", "副局长"),
                new PersonChoice("陈局长", "局长"));
    }

    @Test
    void personsAreThoseWhoCarryOutIndicatorsNotTheLeaders() {
        ResponsibilityChoices choices = ResponsibilityChoices.of(List.of(), List.of(
                person(1, "陈局长", Duty.PRINCIPAL_LEADER, "局长", null),
                person(2, "王五", Duty.DEPARTMENT_HEAD, "科长", null),
                person(3, "赵六", Duty.RESPONSIBLE_STAFF, "科员", null),
                person(4, "钱七", Duty.CLERK, "绩效AB岗", null)));

        assertThat(choices.persons()).extracting(PersonChoice::name).containsExactly("赵六", "王五", "钱七");
    }

    @Test
    void aNameHeldByTwoRecordsIsOfferedOnce() {
        ResponsibilityChoices choices = ResponsibilityChoices.of(List.of(department(1, "综合科", "张三")),
                List.of(person(1, "张三", Duty.DEPARTMENT_HEAD, "科长", 1L),
                        person(2, "赵六", Duty.RESPONSIBLE_STAFF, "科员", 1L),
                        person(3, "赵六", Duty.RESPONSIBLE_STAFF, "科员", null)));

        assertThat(choices.heads()).extracting(PersonChoice::name).containsExactly("张三");
        assertThat(choices.persons()).extracting(PersonChoice::name).containsExactly("赵六", "张三");
    }

    @Test
    void unitWithoutRecordsOffersNothing() {
        assertThat(ResponsibilityChoices.of(List.of(), List.of()).isEmpty()).isTrue();
    }
}
