package org.dateline.ingest;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Runs jobs on a few worker threads and hands each result back on the submitting thread, in
 * submission order. Documents are analyzed on all cores while records are still printed and
 * stored one at a time, in input order, by one thread: output, progress and store transactions
 * need no locking. At most {@code 2 x threads} jobs are in flight, so a folder of a million
 * documents is never held in memory. With one thread the job runs inline, as a plain loop would.
 *
 * @param <R> the result of one job
 */
public final class OrderedWorkers<R> implements AutoCloseable {
    private record Pending<R>(Future<R> result, BiConsumer<R, RuntimeException> then) {
    }

    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Pending<R>> pending = new ArrayDeque<>();

    public OrderedWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = 2 * threads;
    }

    /** The number of threads a machine should use by default: one per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code job} on a worker, then calls {@code then} on this thread with its result, or with
     * the exception it threw, after the results of all jobs submitted before it. Blocks while the
     * window of jobs in flight is full; delivers every result that is ready.
     */
    public void submit(Supplier<R> job, BiConsumer<R, RuntimeException> then) {
        if (pool == null) {
            deliver(job, then);
            return;
        }
        pending.addLast(new Pending<>(pool.submit(job::get), then));
        while (!pending.isEmpty() && (pending.size() >= window || pending.peekFirst().result().isDone())) {
            deliverHead();
        }
    }

    /** Waits for every job submitted and delivers the remaining results. */
    public void finish() {
        while (!pending.isEmpty()) {
            deliverHead();
        }
    }

    private static <R> void deliver(Supplier<R> job, BiConsumer<R, RuntimeException> then) {
        R result;
        try {
            result = job.get();
        } catch (RuntimeException e) {
            then.accept(null, e);
            return;
        }
        then.accept(result, null);
    }

    private void deliverHead() {
        Pending<R> head = pending.removeFirst();
        R result;
        try {
            result = head.result().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            head.then().accept(null, cause instanceof RuntimeException r ? r : new IllegalStateException(cause));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        }
        head.then().accept(result, null);
    }

    /** Delivers what is pending, then stops the threads. */
    @Override
    public void close() {
        try {
            finish();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dateline-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
