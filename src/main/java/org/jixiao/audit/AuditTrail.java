package org.jixiao.audit;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the audit trail. {@link #record} joins the caller's transaction, so that a
 * change rolled back leaves no entry, and a failed append rolls the change back: nothing changes
 * without its entry. The time is the application's clock, the address that of the current request.
 */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final RequestAddress address;
    private final Clock clock;

    AuditTrail(AuditEntries entries, RequestAddress address, Clock clock) {
        this.entries = entries;
        this.address = address;
        this.clock = clock;
    }

    /** Appends the event to the chain and returns the entry as stored. */
    @Transactional
    public AuditEntry record(AuditEvent event) {
        return entries.append(event, clock.instant(), address.current());
    }

    /**
     * The address of the current request's client by the trail's rule (the proxy's header only behind
     * a trusted proxy), for other records that keep an address; {@code null} outside a request.
     */
    public @Nullable String clientAddress() {
        return address.current();
    }

    /**
     * The latest entries about one unit in one cycle, newest first, at most {@code limit}: the unit's
     * own history. The trail does not know who may see it; the calling module decides.
     */
    @Transactional(readOnly = true)
    public List<AuditLine> unitHistory(long cycleId, long unitId, int limit) {
        return entries.latestForUnit(cycleId, unitId, limit).stream().map(AuditLine::of).toList();
    }

    /**
     * Takes the chain's head lock now, until the caller's transaction ends, instead of at its first
     * record: whatever the caller writes from here on commits in the order of the trail, on every node
     * (the evaluation change log relies on this: its ids become visible in the order they were given).
     * Callers that also record entries take no other lock, so no deadlock can come of it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdHead() {
        entries.lockHead();
    }

    /** The current head, for anchoring outside the database. */
    public ChainHead head() {
        return entries.head();
    }
}
