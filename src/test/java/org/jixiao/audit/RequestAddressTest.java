package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For comes from the client: it counts only behind a proxy the operator declared trusted. */
class RequestAddressTest {

    MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.1.1");
        request.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.9");
        return request;
    }

    @Test
    void forwardedForIsIgnoredByDefault() {
        assertThat(RequestAddress.of(request(), false)).isEqualTo("10.1.1.1");
    }

    @Test
    void behindATrustedProxyTheAddressItAddedIsRecorded() {
        assertThat(RequestAddress.of(request(), true)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyWithoutTheHeaderTheConnectionsAddressIsRecorded() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.1.2");

        assertThat(RequestAddress.of(request, true)).isEqualTo("10.1.1.2");
    }
}
