package uk.lacexplorer.episodes.synth;

import java.util.SplittableRandom;

/** Made-up postcodes in the UK format (outward code, space, inward code); they name no real address. */
final class Postcodes {
  private static final String AREAS = "ABCDEFGHJKLMNPRSTWY";
  private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";

  private Postcodes() {
  }

  static String random(SplittableRandom random) {
    return new StringBuilder(8)
        .append(AREAS.charAt(random.nextInt(AREAS.length())))
        .append(AREAS.charAt(random.nextInt(AREAS.length())))
        .append(1 + random.nextInt(9))
        .append(' ')
        .append(random.nextInt(10))
        .append(INWARD.charAt(random.nextInt(INWARD.length())))
        .append(INWARD.charAt(random.nextInt(INWARD.length())))
        .toString();
  }
}
