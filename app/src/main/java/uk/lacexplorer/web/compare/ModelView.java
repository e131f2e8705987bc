package uk.lacexplorer.web.compare;

import java.util.List;

/**
 * The need-adjusted model, formatted: family, theta, deviance explained (%), AIC, coefficients and each authority;
 * across both nations also how far Welsh rates differ and the Welsh authorities outside the joint funnel (else "").
 */
public record ModelView(String family, String theta, String devianceExplained, String aic, List<List<String>> coefficients,
                        List<List<String>> areas, String nationEffect, String welshOutliers) {
}
