package io.camelcam.docs.testing;

// tag::test[]
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import io.camelcam.component.CamComponent;

/** The route with its cam: endpoints replaced by mocks; no CAM server at all. */
class OrderAlertAdviceWithTest extends CamelTestSupport {

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    // the skipped cam: endpoint still checks its options when the route starts; nothing is ever sent to it
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl("https://cam.example.com");
        cam.getConfiguration().setApiToken("never-used");
        context.addComponent("cam", cam);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new OrderAlertRoute();
    }

    @Test
    void theFailureWouldBePostedToOps() throws Exception {
        AdviceWith.adviceWith(context, "order-alerts", route -> route.mockEndpointsAndSkip("cam:*"));
        context.start();

        MockEndpoint cam = getMockEndpoint("mock:cam:sendMessage");
        cam.expectedBodiesReceived("Order 42 failed: out of stock");
        template.sendBodyAndHeader("direct:order-failed", "out of stock", "orderId", 42);

        cam.assertIsSatisfied();
    }
}
// end::test[]
