package io.camelcam.examples.sandboxpage;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The {@code /_sandbox/} page as a user sees it in the browser: its panels, messages and calendar. */
final class SandboxPage {

    /** How long the page may take to show what the sandbox received: a few polls, never a measure of speed. */
    static final Duration DEADLINE = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final WebDriverWait wait;

    SandboxPage(WebDriver driver) {
        this.driver = driver;
        // the page rebuilds its small tables (calendar, quick calls, requests) when their data changes
        this.wait = (WebDriverWait) new WebDriverWait(driver, DEADLINE).ignoring(StaleElementReferenceException.class);
    }

    /** Loads the page ({@code query} like {@code ?view=day&date=2026-11-04}, or empty) and waits until it is live. */
    SandboxPage open(String sandboxUrl, String query) {
        driver.get(sandboxUrl + "/_sandbox/" + query);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "live"));
        return this;
    }

    /** The chat-room panel of that room, once the page shows it. */
    WebElement room(String name) {
        return wait.until(d -> d.findElements(By.cssSelector("#rooms article.panel")).stream()
                .filter(p -> name.equals(p.getDomAttribute("data-name"))).findFirst().orElse(null));
    }

    /** The direct-message group of that recipient, once the page shows it. */
    WebElement directTo(String user) {
        return wait.until(d -> d.findElements(By.cssSelector("#direct article.panel")).stream()
                .filter(p -> user.equals(p.getDomAttribute("data-name"))).findFirst().orElse(null));
    }

    /** Waits until {@code panel} shows a message whose text is exactly {@code text}, and returns that message. */
    WebElement message(WebElement panel, String text) {
        return wait.until(d -> panel.findElements(By.cssSelector("li.message")).stream()
                .filter(m -> text.equals(m.findElement(By.cssSelector(".text")).getDomProperty("textContent")))
                .findFirst().orElse(null));
    }

    List<WebElement> messages(WebElement panel) {
        return panel.findElements(By.cssSelector("li.message"));
    }

    /** Waits until the calendar shows the reservation with that id. */
    WebElement reservation(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#calendar .reservation[data-id='" + id + "']")));
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebDriverWait waiting() {
        return wait;
    }
}
