package org.tijarat.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database on the current thread, so tests
 * and the benchmark can hold pages to a statement budget (no N+1). Registered in persistence.xml;
 * costs one thread-local increment per statement.
 */
public class SqlStatements extends SessionEventAdapter {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Statements sent on this thread so far; subtract two readings to count a piece of work. */
    public static long onThisThread() {
        return COUNT.get()[0];
    }
}
