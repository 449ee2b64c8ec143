package io.camelcam.client.internal.http;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;

import io.camelcam.client.CamClient;
import io.camelcam.client.RetryPolicy;
import io.camelcam.client.model.CsvDownload;

/**
 * Reads exportUsers in a small heap the way that once made the download buffer swell: keeping up
 * for a while, then pausing while CAM sends as fast as it may. At every pause it measures the heap
 * in use after a full collection. Prints {@code RESULT bytes=<read> liveHeapAtStart=<bytes> maxLiveHeap=<bytes>}.
 */
public final class SlowReaderMain {

    private SlowReaderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (CamClient admin = CamClient.builder().serverUrl(args[0]).apiToken(args[1])
                .responseTimeout(Duration.ofSeconds(30)).retryPolicy(RetryPolicy.NONE).build()) {
            CsvDownload csv = admin.exportUsers("users.csv").get();
            long total = 0;
            System.gc();
            long atStart = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long maxLive = 0;
            byte[] chunk = new byte[16 * 1024];
            try (InputStream in = csv.getInputStream()) {
                for (int n, reads = 0; (n = in.read(chunk)) >= 0; reads++) {
                    total += n;
                    if (reads % 300 == 299) {
                        Thread.sleep(150); // the pause: CAM is many times faster than this reader now
                        System.gc();
                        maxLive = Math.max(maxLive, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    }
                }
            }
            System.out.println("RESULT bytes=" + total + " liveHeapAtStart=" + atStart + " maxLiveHeap=" + maxLive);
        }
    }
}
