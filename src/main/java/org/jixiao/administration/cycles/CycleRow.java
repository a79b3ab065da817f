package org.jixiao.administration.cycles;

import org.jixiao.cycle.AssessmentCycle;

/** A line of the cycle list: the cycle and how many units take part in it (考评组成员). */
public record CycleRow(AssessmentCycle cycle, int units) {
}
