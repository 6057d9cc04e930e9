package org.hewei.governance.reliability.hostile;

import java.util.List;
import java.util.SplittableRandom;
import org.hewei.governance.testkit.generate.Gen;
import org.hewei.governance.testkit.generate.InvalidGen;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.PersonGen;
import org.hewei.governance.testkit.generate.PolicyGen;
import org.hewei.governance.testkit.generate.TextGen;

/**
 * 对抗性字符串 — strings meant to break parsers: the testkit's invalid texts, valid texts mutated at
 * random (a character replaced, deleted, duplicated, an edge character inserted), unicode edge cases
 * (lone and reversed surrogates, RTL and bidi overrides, zero-width characters, combining marks,
 * non-characters, control characters, full-width digits), blank and huge strings.
 *
 * <pre>{@code
 * String s = AdversarialStrings.any().sample(7L);
 * }</pre>
 */
final class AdversarialStrings {
  private AdversarialStrings() {}

  /** Single characters (or pairs) that are known to upset text handling. */
  static final List<String> EDGES = List.of(
      "\uD800", "\uDFFF", "\uDC00\uD800", "\uD83D", "\uDE00", // lone and reversed surrogates
      "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", // zero-width
      "\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2069", "\u061C", // bidi
      "\u0301", "\u0300\u0301\u0302\u0303\u0304", "\u20DD", "\u3099", // combining marks
      "\uFFFF", "\uFFFE", "\uFDD0", "\uDBFF\uDFFF", // non-characters
      "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\r", "\n", "\t", // control, separators
      "\u3000", "\u00A0", " ", "　", // spaces
      "０", "９", "Ｘ", "ｘ", "x", "٣", "߀", "𝟘", // other digits
      "%s", "%n", "{}", "${jndi:ldap://x}", "'; DROP TABLE t;--", "<script>", "\\", "\"", "..", "/",
      "😀", "👨‍👩‍👧", "🇨🇳", "𠮷", "ﷺ", "ǅ", "İ", "ß");

  private static final Gen<String> VALID = Gen.oneOf(
      PersonGen.citizenIdTexts(),
      PersonGen.phoneTexts(),
      JurisdictionGen.divisionCodes().map(c -> c.value()),
      PolicyGen.triggers().map(Object::toString),
      PersonGen.names().map(n -> n.value()),
      TextGen.label(20),
      Gen.constant("ZXD-XF-2024-000001"),
      Gen.constant("117.0,35.4"));

  /** Every kind of adversarial string, evenly. */
  static Gen<String> any() {
    return random -> {
      switch (random.nextInt(13)) {
        case 12:
          return nested(random);
        case 0:
          return InvalidGen.citizenIds().generate(random);
        case 1:
          return InvalidGen.phones().generate(random);
        case 2:
          return InvalidGen.divisionCodes().generate(random);
        case 3:
          return InvalidGen.randomStrings().generate(random);
        case 4:
        case 5:
        case 6:
          return mutate(random, VALID.generate(random));
        case 7:
          return edgesOnly(random);
        case 8:
          return blank(random);
        case 9:
          return huge(random);
        case 10:
          return randomCodeUnits(random);
        default:
          return VALID.generate(random);
      }
    };
  }

  static String mutate(SplittableRandom random, String text) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
      switch (random.nextInt(6)) {
        case 0: // insert an edge character
          out.insert(at, EDGES.get(random.nextInt(EDGES.size())));
          break;
        case 1: // delete a char (may split a surrogate pair)
          if (at < out.length()) {
            out.deleteCharAt(at);
          }
          break;
        case 2: // replace with a random ASCII char
          if (at < out.length()) {
            out.setCharAt(at, (char) (32 + random.nextInt(95)));
          }
          break;
        case 3: // duplicate a char
          if (at < out.length()) {
            out.insert(at, out.charAt(at));
          }
          break;
        case 4: // truncate
          out.setLength(at);
          break;
        default: // append a digit or X
          out.append("0123456789X".charAt(random.nextInt(11)));
          break;
      }
    }
    return out.toString();
  }

  /** Deeply nested or repeated grammar: recursion-depth bombs for recursive-descent parsers. */
  private static String nested(SplittableRandom random) {
    int depth = random.nextInt(8) != 0 ? 50 + random.nextInt(200) : 5_000 + random.nextInt(50_000);
    switch (random.nextInt(4)) {
      case 0:
        return "(".repeat(depth) + "mediation failed" + ")".repeat(depth);
      case 1:
        return "not ".repeat(depth) + "mediation failed";
      case 2:
        return "(".repeat(depth);
      default:
        return "mediation failed and ".repeat(Math.min(depth, 5_000)) + "mediation failed";
    }
  }

  private static String edgesOnly(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      out.append(EDGES.get(random.nextInt(EDGES.size())));
    }
    return out.toString();
  }

  private static String blank(SplittableRandom random) {
    String[] blanks = {"", " ", "\t", "\n", "\u3000", "\u00A0", "\u200B", "  \r\n "};
    return blanks[random.nextInt(blanks.length)];
  }

  private static String huge(SplittableRandom random) {
    int pick = random.nextInt(16);
    int length = random.nextInt(64) == 0 ? 70_000 + random.nextInt(200_000) : pick < 4 ? 20_001 : 65 + random.nextInt(600);
    String unit = random.nextBoolean() ? "1" : (random.nextBoolean() ? "错" : "𠮷");
    return unit.repeat(length / unit.length());
  }

  private static String randomCodeUnits(SplittableRandom random) {
    int length = 1 + random.nextInt(40);
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(chars);
  }
}
