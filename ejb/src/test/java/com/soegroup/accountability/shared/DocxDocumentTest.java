package com.soegroup.accountability.shared;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxDocumentTest {

    @Test
    void theDocumentReadsBackAsParagraphsAndTablesInOrder() throws IOException {
        byte[] bytes = new DocxDocument()
                .title("关于某公司违规投资造成损失的报告")
                .line("国资委：")
                .heading("一、线索来源")
                .paragraph("审计发现。\n第二段。")
                .table(List.of("企业", "损失（元）"), List.of(List.of("甲公司", "1,000.00")))
                .rightLine("2026年12月3日")
                .toBytes();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.indexOf("线索来源") < all.indexOf("审计发现。"), all);
            assertTrue(all.contains("第二段。"));
            assertEquals(1, doc.getTables().size());
            assertEquals("甲公司", doc.getTables().get(0).getRow(1).getCell(0).getText());
            assertEquals("仿宋_GB2312", doc.getParagraphs().get(3).getRuns().get(0).getFontFamily(
                    XWPFRun.FontCharRange.eastAsia));
            assertTrue(doc.getFooterList().get(0).getText().contains("—"));
        }
    }
}
