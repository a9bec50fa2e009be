package com.soegroup.accountability.web.inspection;

import com.soegroup.accountability.inspection.CampaignDetail;
import com.soegroup.accountability.inspection.CampaignExport;
import com.soegroup.accountability.inspection.CampaignExportTexts;
import com.soegroup.accountability.inspection.CampaignService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * 自查专项行动 (inspection/campaign.xhtml?no=…): a campaign's facts, its progress per enterprise (submitted, accepted,
 * overdue in red with working days late, problems, clues), the checklist, the history; export to Excel; OFFICE
 * closes it with an opinion and a confirmation.
 */
@Named
@ViewScoped
public class InspectionCampaignView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @EJB
    private CampaignService campaigns;

    @EJB
    private CampaignExport exports;

    private String no;
    private CampaignDetail detail;
    private String opinion;

    public void load() {
        detail = null;
        detail = campaigns.detail(no);
    }

    public void close() {
        campaigns.close(no, opinion, detail.version());
        opinion = null;
        load();
        Pages.info("inspection.done.closed", no);
    }

    public StreamedContent getXlsx() {
        Map<String, String> texts = new HashMap<>();
        CampaignExportTexts.textKeys().forEach(key -> texts.put(key, Pages.text(key)));
        String campaign = no;
        exports.check(campaign);
        CampaignExport exporter = exports;
        return DefaultStreamedContent.builder()
                .name(Pages.text("inspection.export.title") + "-" + campaign + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> exporter.xlsx(campaign, texts, WHEN::format, out)).build();
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public CampaignDetail getDetail() { return detail; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String v) { this.opinion = v; }
}
