package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * The menu bar above every page after sign-in: its items by the names a (Chinese-speaking) user reads. On a phone the
 * menu and the user's line are folded behind the header's menu button; going to an item opens it first.
 */
public final class Menu {

    public static final String CLUE_LEDGER = "线索台账";
    public static final String REGISTER_CLUE = "登记线索";
    public static final String RECONCILIATION = "对账销号";
    public static final String ENTERPRISES = "企业";
    public static final String PEOPLE = "人员";
    public static final String IMPORT = "导入";
    public static final String SCOPES = "数据范围";
    public static final String AUDIT_LOG = "审计日志";
    public static final String ELIGIBILITY = "晋升资格查询";
    public static final String BANS = "禁入限制名单";
    public static final String INVESTIGATIONS = "调查";
    public static final String DECISIONS = "处理决定";
    public static final String PAY_INSTRUCTIONS = "扣减薪酬通知";
    public static final String CALCULATOR = "规则试算";
    public static final String RULE_SETS = "规则集";
    public static final String STATISTICS = "统计分析";

    private final Browser browser;

    Menu(Browser browser) {
        this.browser = browser;
    }

    /** Whether the menu offers the item to this user. */
    public boolean offers(String item) {
        return !browser.driver().findElements(By.linkText(item)).isEmpty();
    }

    public StatisticsPage statistics() {
        go(STATISTICS);
        return new StatisticsPage(browser);
    }

    public ClueLedgerPage clueLedger() {
        go(CLUE_LEDGER);
        return new ClueLedgerPage(browser);
    }

    public ClueRegisterPage registerClue() {
        go(REGISTER_CLUE);
        return new ClueRegisterPage(browser);
    }

    public ReconciliationPage reconciliation() {
        go(RECONCILIATION);
        return new ReconciliationPage(browser);
    }

    public EnterprisesPage enterprises() {
        go(ENTERPRISES);
        return new EnterprisesPage(browser);
    }

    public PeoplePage people() {
        go(PEOPLE);
        return new PeoplePage(browser);
    }

    public ImportPage importData() {
        go(IMPORT);
        return new ImportPage(browser);
    }

    public ScopesPage scopes() {
        go(SCOPES);
        return new ScopesPage(browser);
    }

    public AuditLogPage auditLog() {
        go(AUDIT_LOG);
        return new AuditLogPage(browser);
    }

    public EligibilityPage eligibility() {
        go(ELIGIBILITY);
        return new EligibilityPage(browser);
    }

    public BanListPage bans() {
        go(BANS);
        return new BanListPage(browser);
    }

    public InvestigationsPage investigations() {
        go(INVESTIGATIONS);
        return new InvestigationsPage(browser);
    }

    public DecisionsPage decisions() {
        go(DECISIONS);
        return new DecisionsPage(browser);
    }

    public PayInstructionsPage payInstructions() {
        go(PAY_INSTRUCTIONS);
        return new PayInstructionsPage(browser);
    }

    public CalculatorPage calculator() {
        go(CALCULATOR);
        return new CalculatorPage(browser);
    }

    public RuleSetsPage ruleSets() {
        go(RULE_SETS);
        return new RuleSetsPage(browser);
    }

    /** Whether the header shows the menu button (a narrow screen) rather than the menu itself. */
    public boolean folded() {
        try {
            return toggle().isDisplayed();
        } catch (StaleElementReferenceException e) {
            // the button of the page being left: ask the new page's
            return toggle().isDisplayed();
        }
    }

    /** Whether the menu button says its menu is open (aria-expanded), as a screen reader reads it. */
    public boolean saysOpen() {
        return "true".equals(toggle().getAttribute("aria-expanded"));
    }

    /** Whether the user sees the item now (not folded away). */
    public boolean shows(String item) {
        return browser.driver().findElements(By.linkText(item)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Presses the menu button with a click (a tap). */
    public Menu tapToggle() {
        toggle().click();
        return this;
    }

    /** Moves the keyboard's focus from the header's title to the next stop with Tab, and presses the key there. */
    public Menu pressToggle(CharSequence key) {
        WebDriver driver = browser.driver();
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", driver.findElement(By.cssSelector(".app-title")));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        if (!toggle().equals(driver.switchTo().activeElement())) {
            throw new AssertionError("Tab from the title does not reach the menu button");
        }
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    /** Presses Escape, which closes an open menu. */
    public Menu pressEscape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        return this;
    }

    /** On a phone, opens the folded menu (nothing on a wide screen, where it is always open). */
    void openOnAPhone() {
        if (folded() && !saysOpen()) {
            tapToggle();
        }
    }

    /** The header's menu button, once the page has it (hidden on a wide screen, so waited for as present). */
    private WebElement toggle() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("app-menu-toggle")));
    }

    private void go(String item) {
        openOnAPhone();
        browser.waitFor(By.linkText(item)).click();
    }
}
