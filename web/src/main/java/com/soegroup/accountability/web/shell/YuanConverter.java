package com.soegroup.accountability.web.shell;

import jakarta.faces.convert.FacesConverter;

/** An amount in 元: {@code <h:outputText value="#{…}" converter="yuan"/>}. */
@FacesConverter("yuan")
public class YuanConverter extends MoneyConverter {

    public YuanConverter() {
        super(false, "money.yuan");
    }
}
