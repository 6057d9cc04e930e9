package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hewei.governance.core.InvalidValueException;

/** Asserts that building a value is rejected with an InvalidValueException naming the field and a rule. */
final class Rejections {
  private Rejections() {}

  /**
   * Asserts {@code build} throws an {@link InvalidValueException} whose field is {@code field}, whose rule
   * contains {@code ruleFragment}, and whose message shows none of the fixtures' personal data.
   */
  static InvalidValueException assertRejected(ThrowingCallable build, String field, String ruleFragment) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("expected an InvalidValueException for " + field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).contains(ruleFragment);
    assertThat(e.getMessage()).startsWith(field + ": ");
    for (String pi : PetitionFixtures.PERSONAL) {
      assertThat(e.getMessage()).doesNotContain(pi);
    }
    return e;
  }

  /** Asserts {@code build} fails because a required attribute is missing, naming it. */
  static void assertMissing(ThrowingCallable build, String attribute) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("expected an InvalidValueException for missing " + attribute).isNotNull();
    assertThat(e.getMessage()).contains(attribute);
  }
}
