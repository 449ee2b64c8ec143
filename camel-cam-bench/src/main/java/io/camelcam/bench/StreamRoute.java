package io.camelcam.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelcam.component.CamComponent;
import io.camelcam.component.CamConstants;

/**
 * The streaming run, in a JVM of its own with a small heap ({@link StreamBench} starts it):
 * {@code exportUsers} straight into {@code updateUsersCSV} through one route, reporting time,
 * bytes and the old generation's peak on one {@code RESULT} line.
 */
public final class StreamRoute {

    private StreamRoute() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        CamelContext context = new DefaultCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(url);
        cam.getConfiguration().setApiToken(SandboxProcess.USER_TOKEN);
        cam.getConfiguration().setAdminApiToken(SandboxProcess.ADMIN_TOKEN);
        context.addComponent("cam", cam);
        long[] bytes = new long[1];
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Camel 4 caches stream bodies between processors, in memory unless spooling is on:
                // off for this route, or the 77 MB export would be copied into the heap
                from("direct:copy").streamCache("false")
                        .to("cam:exportUsers")
                        // counts the CSV's bytes as updateUsersCSV reads them; adds nothing else
                        .process(e -> e.getMessage().setBody(new Counting(e.getMessage().getBody(InputStream.class), bytes)))
                        // 1,000,000 rows: CAM answers once it has applied them all, which takes a while
                        .to("cam:updateUsersCSV?responseTimeout=10m");
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        Exchange done = template.request("direct:copy", e -> { });
        long nanos = System.nanoTime() - started;
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
                bytes[0], nanos, oldPeak, Runtime.getRuntime().maxMemory(),
                done.getMessage().getHeader(CamConstants.USERS_CREATED), done.getMessage().getHeader(CamConstants.USERS_UPDATED),
                gcs, gcMillis);
        context.close();
    }

    private static final class Counting extends FilterInputStream {
        private final long[] count;

        Counting(InputStream in, long[] count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count[0]++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count[0] += n;
            }
            return n;
        }
    }
}
