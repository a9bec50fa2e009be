package com.soegroup.accountability.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of yuan as pages show it: the figure with two decimals and thousands grouped (what
 * {@code <f:convertNumber pattern="#,##0.00"/>} wrote before), then its unit from the bundle, so that no page
 * writes 元 or 万元 itself. For output only: inputs of money are typed in yuan and keep their own converters.
 */
public abstract class MoneyConverter implements Converter<Number> {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final boolean tenThousands;
    private final String unitKey;

    MoneyConverter(boolean tenThousands, String unitKey) {
        this.tenThousands = tenThousands;
        this.unitKey = unitKey;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number value) {
        return value == null ? "" : format(value, tenThousands, context.getViewRoot().getLocale(), Pages.text(unitKey));
    }

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("an amount shown with its unit is not read back");
    }

    /** "1,200,000.00 元"; in 万元 the amount is first rounded half up to two decimals, as reports do. */
    static String format(Number amount, boolean tenThousands, Locale locale, String unit) {
        BigDecimal yuan = amount instanceof BigDecimal exact ? exact : new BigDecimal(amount.toString());
        BigDecimal shown = tenThousands ? yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP) : yuan;
        return new DecimalFormat("#,##0.00", new DecimalFormatSymbols(locale)).format(shown) + " " + unit;
    }
}
