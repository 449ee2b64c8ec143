package io.camelcam.examples.usersync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;

import io.camelcam.component.CamComponent;
import io.camelcam.examples.alerts.OpsAlertRoute;

/**
 * The user-sync route alone, in a JVM of its own: args server URL, user token, admin token, renames
 * file. Prints {@code RESULT read=<users> changed=<users> oldGenPeak=<bytes> maxHeap=<bytes>}, or
 * the exception.
 */
public final class UserSyncSmallHeapMain {

    private UserSyncSmallHeapMain() {
    }

    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user-sync.renames", "file:" + args[3]);
        properties.setProperty("user-sync.progress-every", "250000");
        properties.setProperty("user-sync.report-room", "ops");
        properties.setProperty("user-sync.cron", "0 0 2 * * ?");
        properties.setProperty("user-sync.nightly", "false");
        properties.setProperty("ops-alert.room", "ops");
        properties.setProperty("ops-alert.on-call", "oncall@example.com");
        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().setInitialProperties(properties);
            CamComponent cam = new CamComponent();
            cam.getConfiguration().setServerUrl(args[0]);
            cam.getConfiguration().setApiToken(args[1]);
            cam.getConfiguration().setAdminApiToken(args[2]);
            cam.getConfiguration().setResponseTimeout(600_000); // CAM applies a million rows before it answers
            context.addComponent("cam", cam);
            context.addRoutes(new OpsAlertRoute());
            UserSyncRoute userSync = new UserSyncRoute();
            // its @PropertyInject fields, as camel-main fills them
            PluginHelper.getBeanPostProcessor(context).postProcessBeforeInitialization(userSync, "userSync");
            context.addRoutes(userSync);
            context.start();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            Exchange done = context.createProducerTemplate().request("direct:user-sync", e -> { });
            long oldPeak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old Gen")) {
                    oldPeak = Math.max(oldPeak, pool.getPeakUsage().getUsed());
                }
            }
            System.out.println("RESULT read=" + done.getMessage().getHeader(UserSyncTransform.USERS_READ)
                    + " changed=" + done.getMessage().getHeader(UserSyncTransform.USERS_CHANGED)
                    + " oldGenPeak=" + oldPeak + " maxHeap=" + Runtime.getRuntime().maxMemory());
        }
    }
}
