package uk.lacexplorer.imports.census;

/**
 * The area of a polygon given in longitude and latitude on the GRS80/WGS84 ellipsoid (GeoJSON, RFC 7946): each
 * latitude is turned into its authalic latitude and the ring measured by the shoelace formula in Lambert's cylindrical
 * equal-area projection, which keeps areas exactly. Edges count as straight in that projection; at the 500 m vertex
 * spacing of the ONS ultra-generalised boundaries the difference from geodesic edges is far below the generalisation.
 */
final class EqualArea {
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);
  private static final double E = Math.sqrt(E2);
  private static final double QP = q(1.0);
  /** The radius of the sphere with the ellipsoid's surface area, in metres. */
  private static final double RQ = A * Math.sqrt(QP / 2);

  private EqualArea() {
  }

  private static double q(double sinPhi) {
    double es = E * sinPhi;
    return (1 - E2) * (sinPhi / (1 - es * es) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
  }

  /** The area in km² enclosed by a ring of [longitude, latitude] points (closed or not), whatever its direction. */
  static double ringKm2(double[][] ring) {
    int n = ring.length;
    if (n > 1 && ring[0][0] == ring[n - 1][0] && ring[0][1] == ring[n - 1][1]) n--;
    if (n < 3) return 0;
    double twice = 0;
    for (int i = 0; i < n; i++) {
      double[] p = ring[i];
      double[] next = ring[(i + 1) % n];
      double x1 = Math.toRadians(p[0]);
      double x2 = Math.toRadians(next[0]);
      double y1 = q(Math.sin(Math.toRadians(p[1]))) / QP;
      double y2 = q(Math.sin(Math.toRadians(next[1]))) / QP;
      twice += x1 * y2 - x2 * y1;
    }
    return Math.abs(twice) / 2 * RQ * RQ / 1e6;
  }

  /** A polygon's area: its outer ring less its holes. */
  static double polygonKm2(double[][][] rings) {
    double area = 0;
    for (int r = 0; r < rings.length; r++) area += (r == 0 ? 1 : -1) * ringKm2(rings[r]);
    return area;
  }
}
