package uk.lacexplorer.episodes.synth;

/** One generated episode; DEC and REC stay null while the episode is open at the end of the window. */
final class SynthEpisode {
  int start;
  String rne;
  String legalStatus;
  String categoryOfNeed;
  String placement;
  String provider;
  int end = Integer.MIN_VALUE;
  String reasonCeased;
  String reasonPlaceChange;
  String homePostcode;
  String placementPostcode;
  String urn;

  boolean isOpen() {
    return end == Integer.MIN_VALUE;
  }
}
