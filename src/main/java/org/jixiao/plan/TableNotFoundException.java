package org.jixiao.plan;

import java.util.UUID;
import org.jixiao.web.NotFound;

/** The table, or a row of it, does not exist (or is not the caller's to know about). */
public class TableNotFoundException extends NotFound {

    public TableNotFoundException(UUID id) {
        super("考评表或指标不存在：" + id);
    }
}
