package com.soegroup.accountability.web.shell;

import jakarta.faces.convert.FacesConverter;

/** An amount of yuan shown in 万元, the unit reports use: {@code <h:outputText value="#{…}" converter="tenThousandYuan"/>}. */
@FacesConverter("tenThousandYuan")
public class TenThousandYuanConverter extends MoneyConverter {

    public TenThousandYuanConverter() {
        super(true, "money.tenThousandYuan");
    }
}
