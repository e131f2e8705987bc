package uk.lacexplorer.web.compare;

import java.util.List;

/** The need-adjusted model, formatted: family, theta, deviance explained (%), AIC, coefficients and each authority. */
public record ModelView(String family, String theta, String devianceExplained, String aic, List<List<String>> coefficients,
                        List<List<String>> areas) {
}
