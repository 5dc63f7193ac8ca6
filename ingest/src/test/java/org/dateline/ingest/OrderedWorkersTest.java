package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    @Test
    void resultsComeBackInSubmissionOrderWhateverTheirDurations() {
        List<Integer> seen = new ArrayList<>();
        try (OrderedWorkers<Integer> workers = new OrderedWorkers<>(3)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                // later jobs are often faster than earlier ones
                workers.submit(() -> sleepThen((40 - n) % 7, n), (r, e) -> seen.add(r));
            }
            workers.finish();
        }
        assertEquals(IntStream.range(0, 40).boxed().toList(), seen);
    }

    @Test
    void resultsAreDeliveredOnTheSubmittingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> deliveredOn = new ArrayList<>();
        try (OrderedWorkers<String> workers = new OrderedWorkers<>(2)) {
            for (int i = 0; i < 10; i++) {
                workers.submit(() -> Thread.currentThread().getName(), (r, e) -> deliveredOn.add(Thread.currentThread()));
            }
        }
        assertEquals(10, deliveredOn.size());
        assertTrue(deliveredOn.stream().allMatch(t -> t == caller));
    }

    @Test
    void aFailingJobIsReportedInItsPlaceAndTheOthersGoOn() {
        List<String> seen = new ArrayList<>();
        try (OrderedWorkers<String> workers = new OrderedWorkers<>(2)) {
            for (int i = 0; i < 6; i++) {
                int n = i;
                workers.submit(() -> {
                    if (n == 2) {
                        throw new IllegalArgumentException("document 2 is broken");
                    }
                    return "doc" + n;
                }, (r, e) -> seen.add(e == null ? r : "error: " + e.getMessage()));
            }
        }
        assertEquals(List.of("doc0", "doc1", "error: document 2 is broken", "doc3", "doc4", "doc5"), seen);
    }

    @Test
    void noMoreThanTwiceTheThreadsAreInFlight() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        List<Integer> inFlightAtSubmit = new ArrayList<>();
        try (OrderedWorkers<Integer> workers = new OrderedWorkers<>(2)) {
            for (int i = 0; i < 30; i++) {
                inFlightAtSubmit.add(started.get() - delivered.get());
                started.incrementAndGet();
                workers.submit(() -> sleepThen(2, 0), (r, e) -> delivered.incrementAndGet());
            }
        }
        assertEquals(30, delivered.get());
        assertTrue(inFlightAtSubmit.stream().allMatch(n -> n < 4), "in flight: " + inFlightAtSubmit);
    }

    @Test
    void oneThreadRunsEachJobInlineBeforeSubmitReturns() {
        List<String> order = new ArrayList<>();
        try (OrderedWorkers<String> workers = new OrderedWorkers<>(1)) {
            workers.submit(() -> "a", (r, e) -> order.add(r));
            order.add("after a");
            workers.submit(() -> {
                throw new IllegalStateException("b failed");
            }, (r, e) -> {
                assertNull(r);
                order.add(e.getMessage());
            });
        }
        assertEquals(List.of("a", "after a", "b failed"), order);
    }

    @Test
    void anErrorIsNotSwallowed() {
        // the error may surface at submit (the job already done) or at close: either way it reaches the caller
        assertThrows(SimulatedError.class, () -> {
            try (OrderedWorkers<String> workers = new OrderedWorkers<>(2)) {
                workers.submit(() -> {
                    throw new SimulatedError();
                }, (r, e) -> { });
            }
        });
    }

    /** An Error that is not the JVM's own, so that the test runner does not take it for a crash. */
    private static final class SimulatedError extends Error {
        SimulatedError() {
            super("simulated");
        }
    }

    @Test
    void zeroThreadsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedWorkers<String>(0));
    }

    private static int sleepThen(int millis, int value) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
