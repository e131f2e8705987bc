package uk.lacexplorer.area;

/** What kind of area an {@link Area} is. */
public enum AreaType {
  LOCAL_AUTHORITY,
  REGION,
  NATION
}
