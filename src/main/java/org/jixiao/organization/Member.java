package org.jixiao.organization;

/** A unit taking part in a cycle, with the group it is assessed in there. */
public record Member(Unit unit, AssessmentGroup group, int position) {

    public long unitId() {
        return unit.id();
    }
}
