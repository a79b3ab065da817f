/** Units, departments, people and user accounts. */
@NullMarked
package org.jixiao.organization;

import org.jspecify.annotations.NullMarked;
