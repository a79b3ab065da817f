package org.jixiao.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence metadata (evidence_file); the content lives in {@link EvidenceStorage}. */
@Repository
class EvidenceRepository {

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EvidenceFile f) {
        jdbc.sql("""
                        insert into evidence_file (id, cycle_id, unit_id, row_id, sha256, file_name, content_type, size_bytes,
                        uploaded_by, uploaded_at, period_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.id(), f.cycleId(), f.unitId(), f.rowId(), f.sha256(), f.fileName(), f.contentType(), f.size(),
                        f.uploadedBy(), Timestamp.from(f.uploadedAt()), f.period())
                .update();
    }

    List<EvidenceFile> ofUnit(long cycleId, long unitId) {
        return jdbc.sql("select * from evidence_file where cycle_id = ? and unit_id = ? order by uploaded_at, file_name")
                .params(cycleId, unitId).query((rs, n) -> evidenceFile(rs)).list();
    }

    List<EvidenceFile> ofPeriod(long cycleId, long unitId, int period) {
        return jdbc.sql("""
                        select * from evidence_file where cycle_id = ? and unit_id = ? and period_no = ?
                        order by uploaded_at, file_name""")
                .params(cycleId, unitId, period).query((rs, n) -> evidenceFile(rs)).list();
    }

    Optional<EvidenceFile> find(UUID id) {
        return jdbc.sql("select * from evidence_file where id = ?").param(id).query((rs, n) -> evidenceFile(rs)).optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from evidence_file where id = ?").param(id).update();
    }

    private static EvidenceFile evidenceFile(ResultSet rs) throws SQLException {
        return new EvidenceFile(rs.getObject("id", UUID.class), rs.getLong("cycle_id"), rs.getLong("unit_id"),
                rs.getObject("row_id", UUID.class), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getObject("period_no", Integer.class));
    }
}
