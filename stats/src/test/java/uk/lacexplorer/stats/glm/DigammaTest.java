package uk.lacexplorer.stats.glm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lacexplorer.stats.reference.Close;

class DigammaTest {
  @ParameterizedTest
  @CsvSource({
      // R 4.2.2: print(digamma(x), digits = 17)
      "0.5, -1.9635100260214231",
      "1, -0.57721566490153231",
      "5.3, 1.57041093162480871",
      "17.95, 2.859476405364119955",
      "100.5, 4.6051743525818453762",
      "300.2, 5.702782438211992933"})
  void matchesR(double x, double expected) {
    Close.relative("digamma(" + x + ")", ThetaMaximumLikelihood.digamma(x), expected, 1e-14);
  }

  @ParameterizedTest
  @CsvSource({"17.95, 300", "2.5, 33", "40, 12"})
  void differenceOfWholeCountsIsTheSumOfReciprocals(double theta, int y) {
    double sum = 0;
    for (int k = 0; k < y; k++) sum += 1 / (theta + k);
    Close.relative("difference", ThetaMaximumLikelihood.digammaDifference(theta, y), sum, 1e-13);
  }
}
