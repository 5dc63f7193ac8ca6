package org.dateline.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/**
 * Lends stores to request threads: a {@link Store} is one connection and not thread-safe, so each
 * request borrows one for its duration. At most {@code size} are opened, lazily; a store whose call
 * failed is closed and replaced, so a dropped database connection heals on the next request.
 */
final class StorePool implements AutoCloseable {
    private final Supplier<Store> opener;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Store> idle = new ConcurrentLinkedQueue<>();
    private final List<Store> open = new ArrayList<>();
    private boolean closed;

    StorePool(Supplier<Store> opener, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("pool size must be positive");
        }
        this.opener = opener;
        this.permits = new Semaphore(size, true);
    }

    /** Runs {@code work} with a store of its own. */
    <T> T with(Function<Store, T> work) {
        permits.acquireUninterruptibly();
        try {
            Store store = idle.poll();
            if (store == null) {
                store = openOne();
            }
            try {
                T result = work.apply(store);
                idle.add(store);
                return result;
            } catch (StoreException e) {
                discard(store, e);
                throw e;
            } catch (RuntimeException e) {
                idle.add(store);
                throw e;
            }
        } finally {
            permits.release();
        }
    }

    private synchronized Store openOne() {
        if (closed) {
            throw new StoreException("the server is shutting down");
        }
        Store s = opener.get();
        open.add(s);
        return s;
    }

    private synchronized void discard(Store store, StoreException cause) {
        open.remove(store);
        try {
            store.close();
        } catch (StoreException again) {
            cause.addSuppressed(again);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Store s : open) {
            try {
                s.close();
            } catch (StoreException e) {
                System.err.println("closing " + s.location() + ": " + e.getMessage());
            }
        }
        open.clear();
        idle.clear();
    }
}
