/**
 * Running the application: a request id in every log line and response, the actuator's health for
 * load balancers and its metrics for the administrators' network only.
 */
@NullMarked
package org.jixiao.operations;

import org.jspecify.annotations.NullMarked;
