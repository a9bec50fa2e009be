package com.soegroup.accountability.web.org;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A picker's choice to and from its key; only choices the page showed come back (anything else is no choice). */
@FacesConverter(value = "pick", managed = true)
public class PickConverter implements Converter<Pick> {

    @Inject
    private PickerView picker;

    @Override
    public Pick getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : picker.find(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Pick value) {
        return value == null ? "" : value.key();
    }
}
