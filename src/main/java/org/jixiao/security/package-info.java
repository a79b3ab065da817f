/** Sign-in, password hashing, session and HTTP security headers. */
@NullMarked
package org.jixiao.security;

import org.jspecify.annotations.NullMarked;
