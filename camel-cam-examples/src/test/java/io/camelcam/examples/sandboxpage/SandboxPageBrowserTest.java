package io.camelcam.examples.sandboxpage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.camelcam.client.model.CamMessage;
import io.camelcam.component.CamComponent;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.SandboxReservation;
import io.camelcam.sandbox.junit.CamSandboxExtension;
import io.camelcam.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's {@code /_sandbox/} page in a real, headless Chromium: messages that real Camel routes
 * send over HTTP appear in their panels while the page stays loaded. Run with
 * {@code -Dcam.docs.update=true} to rewrite docs/images/sandbox-page.png from the screenshot test.
 */
class SandboxPageBrowserTest {

    /** Wednesday 4 November 2026, 10:30 in Tokyo: a working day, so the seeded schedule has bookings. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-04T01:30:00Z"));
    private static final Path SCREENSHOT = Path.of("target/sandbox-page.png");
    /** Polls four times a second: the tests wait for fewer seconds, and nothing else changes. */
    private static final String FAST = "?poll=250";
    private static final Path DOCS_SCREENSHOT = Path.of("../docs/images/sandbox-page.png");

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.builder().clock(CLOCK).build();

    private static ChromeDriver chromium;
    private static CamelContext camel;
    private static ProducerTemplate template;
    private SandboxPage page;

    @BeforeAll
    static void startCamelAndTheBrowser() throws Exception {
        camel = new DefaultCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(SANDBOX.url());
        cam.getConfiguration().setApiToken(SANDBOX.userToken());
        cam.getConfiguration().setClock(CLOCK); // quick-call expiry is checked on the route's clock as on the sandbox's
        camel.addComponent("cam", cam);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("cam:sendMessage");
                from("direct:sendRetrying").to("cam:sendMessage?retryOn=503");
                from("direct:quickCall").to("cam:createQuickCall");
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.quit();
        }
        if (camel != null) {
            camel.close();
        }
    }

    @BeforeEach
    void atTheStart() {
        CLOCK.set(Instant.parse("2026-11-04T01:30:00Z"));
        page = new SandboxPage(chromium);
    }

    private static void send(CamMessage message) {
        template.sendBody("direct:send", message);
    }

    @Test
    void aMessageSentByARouteAppearsInItsRoomWithoutReloadingThePage() {
        page.open(SANDBOX.url(), FAST);
        WebElement general = page.room("general");
        send(CamMessage.toRoom("general", "deployed 4.2"));
        WebElement first = page.message(general, "deployed 4.2");
        page.script("window.sandboxPageTestMark = 'still the same page'");

        send(CamMessage.toRoom("general", "rolled back to 4.1"));

        page.message(general, "rolled back to 4.1");
        assertThat(page.script("return window.sandboxPageTestMark")).isEqualTo("still the same page");
        assertThat(first.isDisplayed()).as("the first message's element survived: appended to, not rebuilt").isTrue();
        assertThat(page.messages(general)).extracting(m -> m.findElement(By.cssSelector(".text")).getText())
                .containsExactly("deployed 4.2", "rolled back to 4.1");
    }

    @Test
    void aSealedLetterStaysSealedUntilOpenedAndMentionsAreMarked() {
        page.open(SANDBOX.url(), FAST);
        send(CamMessage.toRoom("ops", "the new on-call phone PIN is 4711").mentioning("oncall@example.com").withSealed(true));
        send(CamMessage.toRoom("general", "@carol please review the release notes").mentioning("carol@example.com"));

        WebElement letter = page.message(page.room("ops"), "the new on-call phone PIN is 4711");
        assertThat(letter.getDomAttribute("class")).contains("sealed");
        assertThat(letter.findElement(By.cssSelector("summary")).getText()).contains("Sealed letter");
        WebElement text = letter.findElement(By.cssSelector(".text"));
        assertThat(text.isDisplayed()).as("a sealed letter's text is hidden until it is opened").isFalse();
        letter.findElement(By.cssSelector("summary")).click();
        page.waiting().until(d -> text.isDisplayed());
        assertThat(text.getText()).isEqualTo("the new on-call phone PIN is 4711");

        WebElement mention = page.message(page.room("general"), "@carol please review the release notes");
        assertThat(mention.getDomAttribute("class")).doesNotContain("sealed");
        assertThat(mention.findElements(By.cssSelector(".mentions .mention"))).extracting(WebElement::getText)
                .containsExactly("@carol@example.com");
        assertThat(mention.findElement(By.cssSelector(".text .mention-inline")).getText()).isEqualTo("@carol");
    }

    @Test
    void directMessagesAreGroupedByRecipient() {
        page.open(SANDBOX.url(), FAST);
        send(CamMessage.direct("lunch at noon?", "alice@example.com", "bob@example.com"));
        send(CamMessage.direct("your badge is ready", "bob@example.com"));

        WebElement bob = page.directTo("bob@example.com");
        page.message(bob, "your badge is ready");
        assertThat(page.messages(bob)).extracting(m -> m.findElement(By.cssSelector(".text")).getText())
                .containsExactly("lunch at noon?", "your badge is ready");
        WebElement alice = page.directTo("alice@example.com");
        WebElement lunch = page.message(alice, "lunch at noon?");
        assertThat(page.messages(alice)).hasSize(1);
        assertThat(lunch.findElement(By.cssSelector(".also")).getText()).isEqualTo("also to bob@example.com");
    }

    @Test
    void japaneseTextRendersInAJapaneseFont() {
        page.open(SANDBOX.url(), FAST);
        String japanese = "明日の会議は会議室Aで行います。";
        send(CamMessage.toRoom("ルーム名", japanese));

        WebElement room = page.room("ルーム名");
        assertThat(room.findElement(By.cssSelector(".panel-title")).getText()).isEqualTo("ルーム名");
        WebElement text = page.message(room, japanese).findElement(By.cssSelector(".text"));
        assertThat(text.getText()).isEqualTo(japanese);
        // A missing glyph is drawn as the same empty box whatever the character: two different kanji drawn
        // in the text's own font must differ from each other and from a character no font has.
        Object glyphs = page.script("""
                const font = '32px ' + getComputedStyle(arguments[0]).fontFamily;
                const draw = ch => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 48; canvas.height = 48;
                  const g = canvas.getContext('2d');
                  g.font = font; g.fillText(ch, 4, 38);
                  return canvas.toDataURL();
                };
                return [draw('会'), draw('議'), draw('\\uE000')];""", text);
        List<?> drawn = (List<?>) glyphs;
        assertThat(drawn.get(0)).as("会 drawn with a real glyph").isNotEqualTo(drawn.get(2));
        assertThat(drawn.get(1)).as("議 drawn with a real glyph").isNotEqualTo(drawn.get(2));
        assertThat(drawn.get(0)).isNotEqualTo(drawn.get(1));
    }

    @Test
    void theCalendarShowsAReservationInTheWeekAndInTheDay() {
        page.open(SANDBOX.url(), FAST);
        SANDBOX.sandbox().putReservation(new SandboxReservation("R-PAGE-1", "CR002", null, "Design review レビュー",
                LocalDateTime.of(2026, 11, 4, 13, 0), LocalDateTime.of(2026, 11, 4, 14, 30), null, null));

        WebElement inWeek = page.reservation("R-PAGE-1");
        assertThat(inWeek.getText()).contains("Design review レビュー").contains("13:00–14:30");
        assertThat(chromium.findElement(By.cssSelector("#calendar .cal-head.today")).getText()).startsWith("Wed 11-04");
        assertThat(chromium.findElements(By.cssSelector("#calendar .reservation")))
                .as("the seeded schedule's bookings of that week too").hasSizeGreaterThan(1);

        page.click("cal-day");
        page.waiting().until(d -> "day".equals(d.findElement(By.id("calendar")).getDomAttribute("data-view"))
                && !d.findElements(By.cssSelector("#calendar .reservation[data-id='R-PAGE-1']")).isEmpty());
        assertThat(chromium.findElement(By.id("cal-range")).getText()).isEqualTo("Wed 2026-11-04");
        assertThat(page.reservation("R-PAGE-1").getText()).contains("Design review レビュー");
        assertThat(chromium.findElements(By.cssSelector("#calendar .cal-head"))).extracting(WebElement::getText)
                .anySatisfy(head -> assertThat(head).startsWith("会議室B"));
    }

    @Test
    void markupInAMessageIsShownAsText() {
        page.open(SANDBOX.url(), FAST);
        String hostile = "<script>window.injected = true</script><img src=x onerror=\"window.injected = true\"> & <b>bold</b>";
        send(CamMessage.toRoom("general", hostile));

        WebElement message = page.message(page.room("general"), hostile);
        assertThat(message.findElement(By.cssSelector(".text")).getText()).isEqualTo(hostile);
        assertThat(chromium.findElements(By.cssSelector("main script, main img, main b"))).isEmpty();
        assertThat(page.script("return typeof window.injected")).isEqualTo("undefined");
    }

    @Test
    void quickCallsCountDownToTheirExpiryOnTheSandboxClockAndPendingFaultsAreShown() {
        page.open(SANDBOX.url(), FAST);
        template.sendBodyAndHeader("direct:quickCall", null, CamConstants.QUICK_CALL_EXPIRES_AT,
                CLOCK.instant().plus(Duration.ofMinutes(25)));
        SANDBOX.sandbox().faults().next(2).on("sendMessage").status(503);

        By timeLeft = By.cssSelector("#quick-calls tr.quick-call td.left");
        page.waiting().until(d -> d.findElement(timeLeft).getText().startsWith("2"));
        assertThat(chromium.findElement(timeLeft).getText()).matches("2[45]m \\d+s");
        page.waiting().until(d -> d.findElement(By.id("faults")).getText().contains("503"));
        page.waiting().until(d -> d.findElement(By.id("requests")).getText().contains("createQuickCall"));

        CLOCK.advance(Duration.ofMinutes(26));
        page.waiting().until(d -> "expired".equals(d.findElement(timeLeft).getText()));
        assertThat(chromium.findElement(By.cssSelector("#quick-calls tr.quick-call")).getDomAttribute("class"))
                .contains("expired");
    }

    @Test
    void screenshotOfAPageWithRoomsALetterJapaneseDirectMessagesAndACalendar() throws IOException {
        send(CamMessage.toRoom("general", "deployed billing 4.2 to production"));
        send(CamMessage.toRoom("general", "@carol could you check the invoice run?").mentioning("carol@example.com"));
        SANDBOX.sandbox().faults().next(1).on("sendMessage").status(503); // answered, then retried by the route
        template.sendBody("direct:sendRetrying", CamMessage.toRoom("general", "invoice run finished: 1,204 invoices"));
        send(CamMessage.toRoom("ops", "disk usage on db-2 at 91%").mentioning("oncall@example.com"));
        send(CamMessage.toRoom("ops", "new on-call phone PIN: 4711").mentioning("oncall@example.com").withSealed(true));
        send(CamMessage.toRoom("ルーム名", "明日の会議は会議室Aで行います。資料を事前にご確認ください。"));
        send(CamMessage.toRoom("test", "hello from the manual's sample room"));
        send(CamMessage.direct("lunch at noon?", "alice@example.com", "bob@example.com"));
        send(CamMessage.direct("your badge is ready at the front desk", "bob@example.com"));
        template.sendBodyAndHeader("direct:quickCall", null, CamConstants.QUICK_CALL_EXPIRES_AT,
                CLOCK.instant().plus(Duration.ofMinutes(30)));
        SANDBOX.sandbox().putReservation(new SandboxReservation("R-PAGE-2", "CR001", null, "Release planning 計画",
                LocalDateTime.of(2026, 11, 4, 15, 0), LocalDateTime.of(2026, 11, 4, 16, 30), null, null));
        SANDBOX.sandbox().faults().next(2).on("updateUsersCSV").status(500);

        page.open(SANDBOX.url(), ""); // as a user opens it
        page.message(page.room("ルーム名"), "明日の会議は会議室Aで行います。資料を事前にご確認ください。");
        page.message(page.directTo("alice@example.com"), "lunch at noon?");
        page.reservation("R-PAGE-2");
        page.waiting().until(d -> d.findElement(By.id("faults")).getText().contains("updateUsersCSV"));
        assertThat(chromium.findElements(By.cssSelector("#requests tr.faulted"))).extracting(WebElement::getText)
                .singleElement().asString().contains("sendMessage").contains("503").contains("STATUS_503");
        byte[] png = chromium.getScreenshotAs(OutputType.BYTES);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(HeadlessChromium.WIDTH);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        if (Boolean.getBoolean("cam.docs.update")) {
            Files.write(DOCS_SCREENSHOT, png);
        }
        assertThat(DOCS_SCREENSHOT).as("docs/sandbox.md shows it: rerun with -Dcam.docs.update=true").exists();
    }
}
