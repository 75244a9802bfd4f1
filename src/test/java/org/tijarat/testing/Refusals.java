package org.tijarat.testing;

import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.tijarat.platform.BusinessException;

/** In-server test helpers: the business refusal an action ends in, and tasks run at the same moment. */
public final class Refusals {

    private Refusals() {
    }

    /** The business refusal the action ends in (through any EJB wrapping); anything else fails the test. */
    public static BusinessException refusal(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        if (unwrap(thrown) instanceof BusinessException b) {
            return b;
        }
        throw new AssertionError("a business refusal, not " + thrown, thrown);
    }

    /** The business exception inside a thrown one, or the thrown one itself. */
    public static Object unwrap(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        return thrown;
    }

    /** Runs the tasks at once on the server's managed threads, each in a request of its own; results or refusals. */
    public static List<Object> concurrently(ManagedExecutorService executor, List<Callable<Object>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(executor.submit(() -> {
                start.await();
                RequestContextController request = CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                    return task.call();
                } catch (RuntimeException e) {
                    return unwrap(e);
                } finally {
                    request.deactivate();
                }
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
