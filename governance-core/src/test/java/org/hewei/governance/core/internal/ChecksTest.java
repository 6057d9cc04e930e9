package org.hewei.governance.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.Test;

/** Every branch of the shared boundary checks, with the exact field, shown value and rule. */
class ChecksTest {
  @Test
  void requiredReturnsItsArgumentOrNamesTheMissingField() {
    Object value = new Object();
    assertThat(Checks.required("f", value)).isSameAs(value);
    MissingValueException e =
        catchThrowableOfType(MissingValueException.class, () -> Checks.required("channel", null));
    assertThat(e.field()).isEqualTo("channel");
    assertThat(e.rule()).isEqualTo("is required");
    assertThat(e).hasMessage("channel: null — is required");
  }

  @Test
  void idsAcceptOneToSixtyFourCharactersStartingWithALetterOrDigit() {
    assertThat(Checks.id("id", "a")).isEqualTo("a");
    assertThat(Checks.id("id", "9._:-z")).isEqualTo("9._:-z");
    String longest = "x".repeat(Checks.MAX_ID);
    assertThat(Checks.id("id", longest)).isSameAs(longest);
    for (String bad : List.of("", "-a", ".a", "a b", "x".repeat(Checks.MAX_ID + 1), "编号")) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Checks.id("unitId", bad));
      assertThat(e.field()).as(bad).isEqualTo("unitId");
      assertThat(e.rule())
          .isEqualTo("must be 1 to 64 characters of letters, digits and . _ : -, starting with a letter or digit");
    }
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Checks.id("unitId", "a b")))
        .hasMessage("unitId: 'a b' — must be 1 to 64 characters of letters, digits and . _ : -, starting with a"
            + " letter or digit");
    assertThatThrownBy(() -> Checks.id("unitId", null)).isInstanceOf(MissingValueException.class)
        .hasMessage("unitId: null — is required");
  }

  @Test
  void textRejectsBlankAndShowsTheValue() {
    assertThat(Checks.text("reason", " x ", 3)).isEqualTo(" x ");
    assertThatThrownBy(() -> Checks.text("reason", " \t", 10)).hasMessage("reason: ' \t' — must not be blank");
    assertThatThrownBy(() -> Checks.text("reason", "", 10)).hasMessage("reason: '' — must not be blank");
    assertThatThrownBy(() -> Checks.text("reason", null, 10)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void personalTextNeverShowsTheValue() {
    assertThat(Checks.personalText("name", "张三", 2)).isEqualTo("张三");
    assertThatThrownBy(() -> Checks.personalText("name", "  ", 10)).hasMessage("name: '***' — must not be blank");
    assertThatThrownBy(() -> Checks.personalText("name", "张三丰", 2))
        .hasMessage("name: '***' — must be at most 2 characters, was 3");
    assertThatThrownBy(() -> Checks.personalText("name", "张\u0001三", 10))
        .hasMessage("name: '***' — must not contain control character U+0001");
    assertThatThrownBy(() -> Checks.personalText("name", "张\uD800", 10))
        .hasMessage("name: '***' — must not contain an unpaired surrogate at index 1");
    assertThatThrownBy(() -> Checks.personalText("name", null, 10)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void lengthIsCountedInCodePointsUpToTheLimitInclusive() {
    String emoji = "😀😀😀"; // 3 code points, 6 chars
    assertThat(Checks.text("t", emoji, 3)).isEqualTo(emoji);
    assertThatThrownBy(() -> Checks.text("t", emoji, 2)).hasMessage("t: '😀😀😀' — must be at most 2 characters, was 3");
    assertThat(Checks.text("t", "abc", 3)).isEqualTo("abc");
    assertThatThrownBy(() -> Checks.text("t", "abcd", 3)).hasMessage("t: 'abcd' — must be at most 3 characters, was 4");
  }

  @Test
  void lineBreaksAndTabsAreAllowedOtherControlCharactersAreNot() {
    assertThat(Checks.text("t", "a\nb\r\nc\td", 100)).isEqualTo("a\nb\r\nc\td");
    assertThatThrownBy(() -> Checks.text("t", "a\u0000b", 10))
        .hasMessage("t: 'a?b' — must not contain control character U+0000");
    assertThatThrownBy(() -> Checks.text("t", "a\u007Fb", 10))
        .hasMessage("t: 'a?b' — must not contain control character U+007F");
    assertThatThrownBy(() -> Checks.text("t", "a\u0085b", 10))
        .hasMessage("t: 'a\u0085b' — must not contain control character U+0085");
    assertThatThrownBy(() -> Checks.text("t", "\u001B", 10))
        .hasMessage("t: '?' — must not contain control character U+001B");
  }

  @Test
  void surrogatesMustBePaired() {
    assertThat(Checks.text("t", "a\uD83D\uDE00", 10)).isEqualTo("a😀");
    assertThatThrownBy(() -> Checks.text("t", "a\uD83D", 10))
        .hasMessage("t: '(text)' — must not contain an unpaired surrogate at index 1");
    assertThatThrownBy(() -> Checks.text("t", "\uD83Da", 10))
        .hasMessage("t: '(text)' — must not contain an unpaired surrogate at index 0");
    assertThatThrownBy(() -> Checks.text("t", "\uDE00a", 10))
        .hasMessage("t: '(text)' — must not contain an unpaired surrogate at index 0");
    assertThatThrownBy(() -> Checks.text("t", "ab\uDE00", 10))
        .hasMessage("t: '(text)' — must not contain an unpaired surrogate at index 2");
    assertThatThrownBy(() -> Checks.text("t", "\uDE00\uD83D", 10))
        .hasMessage("t: '(text)' — must not contain an unpaired surrogate at index 0");
  }

  @Test
  void rangesIncludeBothEnds() {
    assertThat(Checks.inRange("n", 1, 1, 3)).isEqualTo(1);
    assertThat(Checks.inRange("n", 3, 1, 3)).isEqualTo(3);
    assertThatThrownBy(() -> Checks.inRange("n", 0, 1, 3)).hasMessage("n: '0' — must be between 1 and 3");
    assertThatThrownBy(() -> Checks.inRange("n", 4, 1, 3)).hasMessage("n: '4' — must be between 1 and 3");
    assertThat(Checks.atLeast("n", 5, 5)).isEqualTo(5);
    assertThatThrownBy(() -> Checks.atLeast("n", 4, 5)).hasMessage("n: '4' — must be at least 5");
    assertThat(Checks.atLeast("v", 5L, 5L)).isEqualTo(5L);
    assertThatThrownBy(() -> Checks.atLeast("v", -1L, 0L)).hasMessage("v: '-1' — must be at least 0");
  }

  @Test
  void checkThrowsOnlyWhenTheConditionFails() {
    Checks.check(true, "f", "v", "rule");
    assertThatThrownBy(() -> Checks.check(false, "f", "v", "must hold")).hasMessage("f: 'v' — must hold");
    assertThatThrownBy(() -> Checks.check(false, "f", null, "must hold")).hasMessage("f: null — must hold");
    assertThatThrownBy(() -> Checks.check(false, "f", "y".repeat(41), "r"))
        .hasMessage("f: '" + "y".repeat(40) + "…(41 chars)' — r");
  }

  @Test
  void collectionSizes() {
    List<Integer> two = List.of(1, 2);
    assertThat(Checks.atMost("xs", two, 2)).isSameAs(two);
    assertThatThrownBy(() -> Checks.atMost("xs", two, 1)).hasMessage("xs: '2 elements' — must have at most 1 elements");
    Set<String> one = Set.of("a");
    assertThat(Checks.notEmpty("xs", one)).isSameAs(one);
    assertThatThrownBy(() -> Checks.notEmpty("xs", Set.of())).hasMessage("xs: '[]' — must not be empty");
  }

  @Test
  void shortenKeepsFortyCharactersAndCountsTheRest() {
    assertThat(Checks.shorten("")).isEmpty();
    assertThat(Checks.shorten("z".repeat(40))).isEqualTo("z".repeat(40));
    assertThat(Checks.shorten("z".repeat(41))).isEqualTo("z".repeat(40) + "…(41 chars)");
    assertThatThrownBy(() -> Checks.text("t", "q".repeat(50), 45))
        .hasMessage("t: '" + "q".repeat(40) + "…(50 chars)' — must be at most 45 characters, was 50");
  }
}
