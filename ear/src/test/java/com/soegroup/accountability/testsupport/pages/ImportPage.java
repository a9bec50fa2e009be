package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;

/** org/import.xhtml: master-data import, with the template's columns and the report of bad rows. */
public final class ImportPage extends Page {

    ImportPage(Browser browser) {
        super(browser);
    }

    /** The columns of the template of the kind chosen. */
    public String columns() {
        return text("import:columns");
    }

    /** Chooses the file in the upload widget, which sends it at once. */
    public ImportPage upload(Path file) {
        find(By.id("import:columns"));
        chooseFile(By.cssSelector("[id='import:file'] input[type=file]"), file);
        return this;
    }

    /** The report of the rows the import refused. */
    public String errors() {
        return text("import:errors");
    }
}
