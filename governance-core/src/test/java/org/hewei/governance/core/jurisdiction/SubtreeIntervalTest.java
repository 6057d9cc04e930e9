package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SubtreeIntervalTest {
  @Test
  void containsIsInclusive() {
    SubtreeInterval i = SubtreeInterval.of(3, 7);
    assertThat(i.contains(3)).isTrue();
    assertThat(i.contains(7)).isTrue();
    assertThat(i.contains(2)).isFalse();
    assertThat(i.contains(8)).isFalse();
    assertThat(i.size()).isEqualTo(5);
    assertThat(i.contains(SubtreeInterval.of(4, 7))).isTrue();
    assertThat(i.contains(SubtreeInterval.of(4, 8))).isFalse();
    assertThat(i).hasToString("[3, 7]");
  }

  @Test
  void boundsAreOrderedAndNotNegative() {
    assertThatThrownBy(() -> SubtreeInterval.of(-1, 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("0 <= first <= last");
    assertThatThrownBy(() -> SubtreeInterval.of(5, 4)).isInstanceOf(InvalidValueException.class);
  }
}
