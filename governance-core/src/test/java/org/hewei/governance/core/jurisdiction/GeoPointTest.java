package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GeoPointTest {
  @Test
  void keepsCoordinatesAndPrintsThem() {
    GeoPoint p = GeoPoint.of(116.9659, 35.4053);
    assertThat(p.longitude()).isEqualTo(116.9659);
    assertThat(p.latitude()).isEqualTo(35.4053);
    assertThat(p).hasToString("(116.9659, 35.4053)");
  }

  @Test
  void negativeZeroEqualsZero() {
    assertThat(GeoPoint.of(-0.0, -0.0)).isEqualTo(GeoPoint.of(0.0, 0.0));
  }

  @Test
  void limitsAreInclusive() {
    assertThat(GeoPoint.of(-180, -90).longitude()).isEqualTo(-180);
    assertThat(GeoPoint.of(180, 90).latitude()).isEqualTo(90);
  }

  @ParameterizedTest
  @CsvSource({
    "180.0001, 0, longitude",
    "-181, 0, longitude",
    "NaN, 0, longitude",
    "Infinity, 0, longitude",
    "0, 90.5, latitude",
    "0, -Infinity, latitude",
    "0, NaN, latitude"
  })
  void outOfRangeIsRejected(double lon, double lat, String field) {
    assertThatThrownBy(() -> GeoPoint.of(lon, lat))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining("must be a finite number of degrees between");
  }
}
