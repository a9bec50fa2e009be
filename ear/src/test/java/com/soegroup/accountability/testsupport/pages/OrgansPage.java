package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** org/organs.xhtml: an enterprise's leading group and office with their members, and the report's downloads. */
public final class OrgansPage extends Page {

    OrgansPage(Browser browser) {
        super(browser);
    }

    public static OrgansPage open(Browser browser, String enterprise) {
        browser.go("/org/organs.xhtml?enterprise=" + enterprise);
        OrgansPage page = new OrgansPage(browser);
        page.find(By.id("enterpriseName"));
        return page;
    }

    public String enterpriseName() {
        return text("enterpriseName");
    }

    /** Everything the page shows of the organs, as text. */
    public String organs() {
        return text(By.tagName("main"));
    }

    /** Names the organ ({@code index} 0 the leading group, 1 the office), adds a member by name and saves. */
    public OrgansPage enter(int index, String name, String memberName, String department, String phone) {
        String organ = "organs:organ:" + index + ":";
        type(organ + "name", name);
        click(organ + "add");
        By member = By.id(organ + "members:0:memberName");
        find(member);
        type(organ + "members:0:memberName", memberName);
        type(organ + "members:0:department", department);
        type(organ + "members:0:phone", phone);
        click(organ + "save");
        waitForText(By.id("organs:messages"), "已保存");
        return this;
    }

    public String messages() {
        return text("organs:messages");
    }

    /** The history of the organ as the page shows it. */
    public String history(int index) {
        return text("organs:organ:" + index + ":history");
    }
}
