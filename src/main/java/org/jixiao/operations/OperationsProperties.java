package org.jixiao.operations;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminAddresses the administrators' network: addresses or CIDR ranges (e.g. {@code 10.8.0.0/16})
 *                       from which the actuator's endpoints other than health (Prometheus metrics)
 *                       answer; every other address gets 403 (JIXIAO_OPERATIONS_ADMIN_ADDRESSES)
 */
@ConfigurationProperties("jixiao.operations")
record OperationsProperties(@DefaultValue({"127.0.0.1", "::1"}) List<String> adminAddresses) {
}
