package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.web.Navigation.Links;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The header's links per role, as the {@code sec:authorize} expressions they replace gave them. */
class NavigationTest {

    private final Navigation navigation = new Navigation();

    private Links signedInAs(String role) {
        return navigation.links(UsernamePasswordAuthenticationToken.authenticated("u", null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    @Test
    void eachRoleSeesItsOwnLinks() {
        assertThat(signedInAs("ADMIN")).isEqualTo(new Links(true, true, true, false, false, false, true, false));
        assertThat(signedInAs("SYSTEM_ADMIN")).isEqualTo(new Links(true, false, true, true, false, false, false, false));
        assertThat(signedInAs("SECURITY_ADMIN")).isEqualTo(new Links(true, false, false, false, true, false, false, false));
        assertThat(signedInAs("AUDIT_ADMIN")).isEqualTo(new Links(true, false, false, false, false, true, false, false));
        assertThat(signedInAs("UNIT_CLERK")).isEqualTo(new Links(true, false, false, false, false, false, true, true));
        assertThat(signedInAs("UNIT_LEADER")).isEqualTo(new Links(true, false, false, false, false, false, true, true));
        assertThat(signedInAs("RATER")).isEqualTo(new Links(true, false, false, false, false, false, false, false));
        assertThat(signedInAs("LEAD_DEPARTMENT")).isEqualTo(new Links(true, false, false, false, false, false, false, false));
    }

    @Test
    void aVisitorWhoHasNotSignedInSeesNoLinks() {
        Links none = new Links(false, false, false, false, false, false, false, false);
        assertThat(navigation.links(null)).isEqualTo(none);
        assertThat(navigation.links(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEqualTo(none);
        TestingAuthenticationToken unauthenticated = new TestingAuthenticationToken("u", null, List.of());
        unauthenticated.setAuthenticated(false);
        assertThat(navigation.links(unauthenticated)).isEqualTo(none);
    }

    @Test
    void authoritiesThatAreNotRolesGiveNoLinks() {
        assertThat(navigation.links(UsernamePasswordAuthenticationToken.authenticated("u", null,
                AuthorityUtils.createAuthorityList("SCOPE_READ", "ADMIN"))))
                .isEqualTo(new Links(true, false, false, false, false, false, false, false));
    }
}
