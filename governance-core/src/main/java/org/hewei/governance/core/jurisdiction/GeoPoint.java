package org.hewei.governance.core.jurisdiction;

import org.hewei.governance.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * 地理坐标点 — a point given by longitude and latitude in decimal degrees.
 *
 * <p>Longitude lies in [-180, 180], latitude in [-90, 90]; NaN and infinities are rejected. The datum
 * (WGS-84, GCJ-02, CGCS2000 …) is the caller's choice; Hewei only does plane geometry on the numbers,
 * so use one datum consistently. {@code -0.0} is stored as {@code 0.0}, so equal coordinates give equal
 * points.
 *
 * <p>A point by itself is not personal information (boundary vertices print in {@code toString});
 * a type that holds where a <em>person</em> lives or is must redact its point.
 *
 * <pre>{@code
 * GeoPoint p = GeoPoint.of(116.9659, 35.4053); // longitude first, then latitude
 * }</pre>
 */
@Value.Immutable
public abstract class GeoPoint {
  GeoPoint() {}

  /** Longitude in degrees, east positive, in [-180, 180]. */
  @Value.Parameter
  public abstract double longitude();

  /** Latitude in degrees, north positive, in [-90, 90]. */
  @Value.Parameter
  public abstract double latitude();

  /**
   * A point; longitude first.
   *
   * @throws InvalidValueException if a coordinate is not finite or out of range
   */
  public static GeoPoint of(double longitude, double latitude) {
    return ImmutableGeoPoint.of(longitude + 0.0, latitude + 0.0);
  }

  @Value.Check
  void check() {
    inRange("longitude", longitude(), 180);
    inRange("latitude", latitude(), 90);
  }

  private static void inRange(String field, double value, double limit) {
    if (!(value >= -limit && value <= limit)) {
      throw new InvalidValueException(
          field, Double.toString(value), "must be a finite number of degrees between -" + (int) limit + " and " + (int) limit);
    }
  }

  /** {@code (longitude, latitude)}, e.g. {@code "(116.9659, 35.4053)"}. */
  @Override
  public String toString() {
    return "(" + longitude() + ", " + latitude() + ")";
  }
}
