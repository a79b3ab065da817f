package org.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.organization.Account;
import org.jixiao.organization.AccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API calls in with a personal token ({@code Authorization: Bearer <token>}): an unknown or
 * revoked token is refused with 401 {@code TOKEN_INVALID}, a read-only token that tries to change
 * anything with 403 {@code TOKEN_SCOPE}. And it keeps accounts that enrolled a second factor off
 * HTTP Basic — their password alone must not open the API — with 401 {@code TOKEN_REQUIRED}, before
 * the password is even checked.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_REQUIRED = "TOKEN_REQUIRED";
    static final String TOKEN_REQUIRED_MESSAGE = "该账号已启用动态口令，接口不能使用用户名和密码（HTTP Basic）登录："
            + "请在“我的账号”页面创建个人 API 令牌，以 Authorization: Bearer <令牌> 调用";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final AccountRepository accounts;
    private final SecondFactors secondFactors;
    private final SignedInAccounts principals;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    ApiTokenFilter(ApiTokens tokens, AccountRepository accounts, SecondFactors secondFactors,
                   SignedInAccounts principals) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (!signIn(header.substring(7).strip(), request, response)) {
                return;
            }
        } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && enrolled(request)) {
            JsonRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, TOKEN_REQUIRED, TOKEN_REQUIRED_MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean signIn(String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApiTokens.Holder> holder = tokens.holder(token);
        Optional<Account> account = holder.flatMap(h -> accounts.findById(h.accountId())).filter(Account::enabled);
        if (account.isEmpty()) {
            JsonRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, "TOKEN_INVALID",
                    "API 令牌无效、已撤销或其账号已停用");
            return false;
        }
        ApiTokens.Scope scope = holder.get().scope();
        if (scope == ApiTokens.Scope.READ && !READING.contains(request.getMethod())) {
            JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "TOKEN_SCOPE",
                    "该 API 令牌只读（READ），不能用于修改数据：请使用读写（WRITE）令牌");
            return false;
        }
        SignedInAccount principal = principals.withToken(account.get());
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope.name()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        return true;
    }

    private boolean enrolled(HttpServletRequest request) {
        try {
            var given = basic.convert(request);
            return given != null && accounts.findByUsername(given.getName())
                    .map(account -> secondFactors.enrolled(account.id())).orElse(false);
        } catch (AuthenticationException malformed) {
            return false;
        }
    }
}
