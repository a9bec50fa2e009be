package com.soegroup.accountability.web.org;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** A picker's choice to and from its key; only choices the page showed come back (anything else is no choice). */
@FacesConverter("pick")
public class PickConverter implements Converter<Pick> {

    @Override
    public Pick getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // the page's own picker bean (view scoped), which kept the choices it showed
        PickerView picker = context.getApplication().evaluateExpressionGet(context, "#{picker}", PickerView.class);
        return picker.find(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Pick value) {
        return value == null ? "" : value.key();
    }
}
