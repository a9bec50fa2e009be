package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A page of the application as a user sees it in the browser. A page object names what the user does there (fill a
 * field, choose from a menu, press a button) and what they read, so that a test reads as the user's path; Selenium
 * stays in here. PrimeFaces widgets are worked through their visible parts, as a user works them: a menu is opened
 * and its item clicked, a checkbox ticked by its label.
 * <p>
 * A new page: a subclass with a package-private constructor, a static {@code open(Browser…)} when the page has an
 * address a user may go to, and methods built on the helpers below.
 */
public abstract class Page {

    private static final Duration WAIT = Duration.ofSeconds(20);

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    /** The application's menu bar, on every page after sign-in. */
    public Menu menu() {
        return new Menu(browser);
    }

    /** Signs out with the header's button (on every page after sign-in): the sign-in form comes back. */
    public SignInPage signOut() {
        menu().openOnAPhone();
        click("signOut");
        return new SignInPage(browser);
    }

    /** The browser's title of the page. */
    public String title() {
        return driver().getTitle();
    }

    /** The page's first heading, e.g. the refusal of a page the user may not use. */
    public String heading() {
        return text(By.tagName("h1"));
    }

    public String currentUrl() {
        return driver().getCurrentUrl();
    }

    /** Everything the browser has of the page, markup included: for "nothing of X is on the page". */
    public String source() {
        return driver().getPageSource();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png. */
    public void screenshot(String name) {
        browser.screenshot(name);
    }

    /**
     * How many CSS pixels the page reaches beyond the right edge of the window: more than 0 and the user must scroll
     * sideways to see all of it (on a phone, what lies left of a centred box is then out of reach).
     */
    public int horizontalOverflow() {
        Object overflow = ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) overflow).intValue();
    }

    /** How many CSS pixels of the window the frame (header and menu) takes above the page's own content. */
    public int frameHeight() {
        Object top = ((JavascriptExecutor) driver()).executeScript(
                "return document.querySelector('main').getBoundingClientRect().top + window.scrollY;");
        return (int) Math.round(((Number) top).doubleValue());
    }

    /**
     * The elements (found by the locators, each once visible) not wholly within the window's width, as
     * "locator: left–right of width": empty when the user reaches all of them without scrolling sideways.
     */
    protected List<String> outsideTheWidth(By... locators) {
        List<String> outside = new ArrayList<>();
        for (By locator : locators) {
            WebElement element = find(locator);
            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) ((JavascriptExecutor) driver()).executeScript(
                    "var r = arguments[0].getBoundingClientRect(); return [r.left, r.right, window.innerWidth];", element);
            double left = box.get(0).doubleValue();
            double right = box.get(1).doubleValue();
            double width = box.get(2).doubleValue();
            if (left < 0 || right > width + 0.5) {
                outside.add(locator + ": " + Math.round(left) + "–" + Math.round(right) + " of " + Math.round(width));
            }
        }
        return outside;
    }

    // --- for the page objects ---------------------------------------------------------------------------------

    protected WebDriver driver() {
        return browser.driver();
    }

    /** The element, once it is visible. */
    protected WebElement find(By locator) {
        return browser.waitFor(locator);
    }

    /** The visible text of the element, once it is visible. */
    protected String text(By locator) {
        return browser.text(locator);
    }

    protected String text(String id) {
        return text(By.id(id));
    }

    /** The value a field holds. */
    protected String value(String id) {
        return driver().findElement(By.id(id)).getAttribute("value");
    }

    protected boolean present(By locator) {
        return !driver().findElements(locator).isEmpty();
    }

    protected void click(String id) {
        find(By.id(id)).click();
    }

    /** Empties the field and types the text into it. */
    protected void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a file in a file input, as the browser's file chooser would (hidden inputs of PrimeFaces too). */
    protected void chooseFile(By input, Path file) {
        driver().findElement(input).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until an element found by the locator shows the text (the page may replace the element meanwhile). */
    protected void waitForText(By locator, String text) {
        waitUntil(driver -> driver.findElements(locator).stream().anyMatch(e -> e.getText().contains(text)),
                locator + " showing " + text);
    }

    /** Waits for the condition; on a timeout, saves a screenshot named after the page and fails. */
    protected void waitUntil(Function<WebDriver, Boolean> condition, String what) {
        try {
            new WebDriverWait(driver(), WAIT).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            browser.screenshot(getClass().getSimpleName() + "-failed");
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what, e);
        }
    }

    /** Chooses the item of a PrimeFaces selectOneMenu by its label, as a user does: open the menu, click the item. */
    protected void chooseInMenu(String menuId, String label) {
        chooseInMenu(menuId, By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label='" + label + "']"), label::equals, label);
    }

    /**
     * Opens the selectOneMenu, clicks the item once the overlay stands still, and checks that the menu now shows the
     * choice; tried again when it does not: under load the click may reach the overlay while it still moves.
     */
    protected void chooseInMenu(String menuId, By item, Predicate<String> shown, String what) {
        By panel = By.id(menuId + "_panel");
        By label = By.id(menuId + "_label");
        for (int attempt = 1; ; attempt++) {
            if (driver().findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                find(By.id(menuId)).click();
            }
            WebDriverWait wait = new WebDriverWait(driver(), WAIT);
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(ExpectedConditions.elementToBeClickable(item));
            // the overlay slides in: click the item only once it stands still
            wait.until(driver -> "1".equals(driver.findElement(panel).getCssValue("opacity")));
            driver().findElement(item).click();
            try {
                new WebDriverWait(driver(), Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                        .until(driver -> shown.test(driver.findElement(label).getText()));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    browser.screenshot(getClass().getSimpleName() + "-failed");
                    throw new AssertionError("the menu " + menuId + " does not show " + what, e);
                }
            }
        }
    }

    /** Ticks an item of a PrimeFaces selectCheckboxMenu by its label: open the menu, tick the item, close the menu. */
    protected void tickInMenu(String menuId, String label) {
        find(By.id(menuId)).click();
        find(By.xpath("//div[@id='" + menuId + "_panel']//li[.//label[contains(., '" + label + "')]]"
                + "//div[contains(@class,'ui-chkbox-box')]")).click();
        find(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-close")).click();
    }

    /** Ticks a checkbox of a selectManyCheckbox by clicking its label, as a user does. */
    protected void tick(String checkboxesId, String label) {
        find(By.xpath("//*[@id='" + checkboxesId + "']//label[normalize-space(.)='" + label + "']")).click();
    }

    /** Types a date into a PrimeFaces datePicker and closes its calendar. */
    protected void typeDate(String inputId, String isoDate) {
        find(By.id(inputId)).sendKeys(isoDate, Keys.ESCAPE);
    }
}
