package org.jixiao.tracking;

import java.util.Map;
import java.util.UUID;

/** What the year's progress reports give the year-end self-evaluation to start from. */
public interface TrackedProgress {

    /**
     * Per row of the unit's table, the progress reported during the year as one text, period by period
     * (“第一季度（推进中 40%）：…”), for the self-evaluation's 全年完成情况 where nothing is written yet.
     */
    Map<UUID, String> completionText(long cycleId, long unitId);
}
