package com.soegroup.accountability.web;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, include and template is well-formed XML, as Facelets needs. A broken tag in the layout template (a
 * merge once left a menu item without its closing line) fails every page at once, yet only when a browser asks for
 * one; this finds it at build time and names the file and the line.
 */
class PagesWellFormedTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyFaceletIsWellFormed() throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        assertTrue(pages.size() > 50, "the pages are found from the web module: " + WEBAPP.toAbsolutePath());
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            try {
                factory.newSAXParser().parse(page.toFile(), new DefaultHandler());
            } catch (SAXParseException e) {
                broken.add(WEBAPP.relativize(page) + ":" + e.getLineNumber() + " " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken, "pages that are not well-formed");
    }
}
