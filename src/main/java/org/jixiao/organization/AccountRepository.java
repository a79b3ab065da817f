package org.jixiao.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findByUsernameIn(Collection<String> usernames);

    boolean existsByRole(Role role);
}
