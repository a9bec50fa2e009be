package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** rectification/board.xhtml: the office's board of rectification tasks. */
public final class RectificationBoardPage extends Page {

    RectificationBoardPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("board:table"));
    }

    public static RectificationBoardPage open(Browser browser) {
        browser.go("/rectification/board.xhtml");
        return new RectificationBoardPage(browser);
    }

    public String table() {
        return text(By.id("board:table"));
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("board:table"));
    }
}
