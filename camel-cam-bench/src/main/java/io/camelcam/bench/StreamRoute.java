package io.camelcam.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelcam.component.CamComponent;
import io.camelcam.component.api.CamConstants;

/**
 * The streaming run, in a JVM of its own with a small heap ({@link StreamBench} starts it):
 * {@code exportUsers} straight into {@code updateUsersCSV} through one route, reporting time,
 * bytes and the old generation's peak on one {@code RESULT} line. Every few seconds it prints a
 * {@code progress} line, so a run that hangs shows how far it got and how full its heap was.
 */
public final class StreamRoute {

    private static final long PROGRESS_MILLIS = 5_000;

    private StreamRoute() {
    }

    /** Exits 0 after the RESULT line, 1 after a failure (Camel's and HttpClient's threads would keep the JVM up). */
    public static void main(String[] args) {
        try {
            copy(args[0]);
        } catch (Throwable e) {
            System.out.println("FAILED " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void copy(String url) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(url);
        cam.getConfiguration().setApiToken(SandboxProcess.USER_TOKEN);
        cam.getConfiguration().setAdminApiToken(SandboxProcess.ADMIN_TOKEN);
        context.addComponent("cam", cam);
        AtomicLong bytes = new AtomicLong();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Camel 4 caches stream bodies between processors, in memory unless spooling is on:
                // off for this route, or the 77 MB export would be copied into the heap
                from("direct:copy").streamCache("false")
                        .to("cam:exportUsers")
                        // counts the CSV's bytes as updateUsersCSV reads them; adds nothing else
                        .process(e -> e.getMessage().setBody(new Counting(e.getMessage().getBody(InputStream.class), bytes)))
                        // a million rows and more: CAM answers once it has applied them all, which takes a while
                        .to("cam:updateUsersCSV?responseTimeout=10m");
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        Thread progress = new Thread(() -> reportProgress(started, bytes), "progress");
        progress.setDaemon(true);
        progress.start();
        Exchange done = template.request("direct:copy", e -> { });
        long nanos = System.nanoTime() - started;
        progress.interrupt();
        if (done.getException() != null) {
            throw done.getException();
        }
        // what outlived young collections: the heap's lasting occupancy, unlike eden's churn
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old Gen")) {
                oldPeak = Math.max(oldPeak, pool.getPeakUsage().getUsed());
            }
        }
        long gcs = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        System.out.printf("RESULT bytes=%d nanos=%d oldPeak=%d maxHeap=%d created=%s updated=%s gcs=%d gcMillis=%d%n",
                bytes.get(), nanos, oldPeak, Runtime.getRuntime().maxMemory(),
                done.getMessage().getHeader(CamConstants.USERS_CREATED), done.getMessage().getHeader(CamConstants.USERS_UPDATED),
                gcs, gcMillis);
        context.close();
    }

    /** Until interrupted: the CSV bytes read so far and the heap in use, on one line. */
    private static void reportProgress(long started, AtomicLong bytes) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try {
            while (true) {
                Thread.sleep(PROGRESS_MILLIS);
                System.out.printf("progress %.0f s: %.1f MB of CSV read, heap in use %d MB%n",
                        (System.nanoTime() - started) / 1e9, bytes.get() / 1e6,
                        memory.getHeapMemoryUsage().getUsed() / 1048576);
            }
        } catch (InterruptedException e) {
            // the run is over
        }
    }

    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
