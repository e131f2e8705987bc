package uk.lacexplorer.need;

import uk.lacexplorer.stats.regression.BreuschPagan;
import uk.lacexplorer.stats.regression.OlsFit;

/** A rate against one need factor: the data, the least-squares line and the Breusch–Pagan test of its spread. */
public record ScatterFit(ScatterRequest request, NeedTable table, double[] x, double[] y, OlsFit fit, BreuschPagan.Result breuschPagan) {
}
