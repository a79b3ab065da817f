package org.jixiao.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AssessmentGroupRepository extends ListCrudRepository<AssessmentGroup, Long> {

    List<AssessmentGroup> findByCycleIdOrderByPositionAscIdAsc(long cycleId);

    Optional<AssessmentGroup> findByCycleIdAndName(long cycleId, String name);
}
