package org.jixiao.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    List<Department> findByUnitIdOrderByPosition(long unitId);

    List<Department> findByUnitIdIn(Collection<Long> unitIds);
}
