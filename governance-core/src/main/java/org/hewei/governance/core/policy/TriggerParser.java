package org.hewei.governance.core.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionStatus;

/** Reads the text that {@link Trigger#toString()} prints (see {@link Trigger#parse(String)}). */
final class TriggerParser {
  private static final String GE = "(?:≥|>=)";
  private static final Pattern OVERDUE =
      Pattern.compile("overdue by " + GE + " (\\d{1,10}) (day|days|hour|hours|minute|minutes)");
  private static final Pattern DUE_WITHIN = Pattern.compile("due within (\\d{1,10}) days?");
  private static final Pattern HEADCOUNT = Pattern.compile("headcount " + GE + " (\\d{1,10})");
  private static final Pattern REPEAT = Pattern.compile("repeat count " + GE + " (\\d{1,10})");
  private static final Pattern KEY_PERSON_IN = Pattern.compile("key-person category in \\{(.*)\\}");
  private static final Pattern DEPARTMENTS = Pattern.compile("departments " + GE + " (\\d{1,10})");
  private static final Pattern STATUS_IN = Pattern.compile("status in \\{(.*)\\}");
  private static final Pattern LEVEL_IS = Pattern.compile("level = ([A-Z_]+)");
  private static final Pattern LEVEL_IN = Pattern.compile("level in \\{(.*)\\}");
  private static final Pattern SENSITIVE = Pattern.compile("in sensitive period(?: \\{(.*)\\})?");
  private static final Pattern FLAG = Pattern.compile("flag (\\S+)");

  private final String text;
  private int pos;
  private int nesting;

  TriggerParser(String text) {
    this.text = text;
  }

  Trigger parse() {
    Trigger result = or();
    if (pos != text.length()) {
      throw error("unexpected text");
    }
    return result;
  }

  private Trigger or() {
    List<Trigger> operands = new ArrayList<>();
    operands.add(and());
    while (text.startsWith(" OR ", pos)) {
      pos += 4;
      operands.add(and());
    }
    return operands.size() == 1 ? operands.get(0) : Trigger.anyOf(operands);
  }

  private Trigger and() {
    List<Trigger> operands = new ArrayList<>();
    operands.add(unary());
    while (text.startsWith(" AND ", pos)) {
      pos += 5;
      operands.add(unary());
    }
    return operands.size() == 1 ? operands.get(0) : Trigger.allOf(operands);
  }

  private Trigger unary() {
    if (text.startsWith("NOT ", pos)) {
      pos += 4;
      enter();
      Trigger operand = unary();
      nesting--;
      return Trigger.not(operand);
    }
    if (text.startsWith("(", pos)) {
      pos++;
      enter();
      Trigger inner = or();
      nesting--;
      if (!text.startsWith(")", pos)) {
        throw error("expected ')'");
      }
      pos++;
      return inner;
    }
    return atom();
  }

  private void enter() {
    nesting++;
    if (nesting >= Trigger.MAX_DEPTH) {
      throw new InvalidValueException(
          "trigger", Checks.shorten(text), "must not nest deeper than " + Trigger.MAX_DEPTH + " levels");
    }
  }

  private Trigger atom() {
    int start = pos;
    int end = text.length();
    int searchFrom = start;
    if (text.startsWith("flag ", start)) {
      // a flag code may itself be "AND" or "OR": the code is the whole next token
      searchFrom = start + 5;
      while (searchFrom < text.length() && text.charAt(searchFrom) != ' ' && text.charAt(searchFrom) != ')') {
        searchFrom++;
      }
    }
    for (String stop : new String[] {" AND ", " OR ", ")"}) {
      int i = text.indexOf(stop, searchFrom);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String atom = text.substring(start, end);
    pos = end;
    try {
      return atom(atom, start);
    } catch (InvalidValueException e) {
      if (e.field().equals("trigger")) {
        throw e;
      }
      pos = start;
      throw error(e.field() + ": " + e.rule());
    }
  }

  private Trigger atom(String atom, int start) {
    Matcher m;
    if ((m = OVERDUE.matcher(atom)).matches()) {
      long n = number(m.group(1), start);
      String unit = m.group(2);
      Duration d =
          unit.startsWith("day")
              ? Duration.ofDays(n)
              : unit.startsWith("hour") ? Duration.ofHours(n) : Duration.ofMinutes(n);
      return Trigger.overdueBy(d);
    }
    if ((m = DUE_WITHIN.matcher(atom)).matches()) {
      return Trigger.dueWithin(number(m.group(1), start));
    }
    if ((m = HEADCOUNT.matcher(atom)).matches()) {
      return Trigger.headcountAtLeast(number(m.group(1), start));
    }
    if ((m = REPEAT.matcher(atom)).matches()) {
      return Trigger.repeatCountAtLeast(number(m.group(1), start));
    }
    if (atom.equals("key person involved")) {
      return Trigger.keyPersonInvolved();
    }
    if ((m = KEY_PERSON_IN.matcher(atom)).matches()) {
      return Trigger.keyPersonCategoryIn(list(group(m), start));
    }
    if (atom.equals("mediation failed")) {
      return Trigger.mediationFailed();
    }
    if ((m = DEPARTMENTS.matcher(atom)).matches()) {
      return Trigger.departmentsAtLeast(number(m.group(1), start));
    }
    if ((m = STATUS_IN.matcher(atom)).matches()) {
      List<PetitionStatus> statuses = new ArrayList<>();
      for (String s : list(group(m), start)) {
        statuses.add(constant(PetitionStatus.class, s, start));
      }
      return Trigger.statusIn(statuses);
    }
    if ((m = LEVEL_IS.matcher(atom)).matches()) {
      return Trigger.levelIs(constant(JurisdictionLevel.class, group(m), start));
    }
    if ((m = LEVEL_IN.matcher(atom)).matches()) {
      List<JurisdictionLevel> levels = new ArrayList<>();
      for (String s : list(group(m), start)) {
        levels.add(constant(JurisdictionLevel.class, s, start));
      }
      return Trigger.levelIn(levels);
    }
    if ((m = SENSITIVE.matcher(atom)).matches()) {
      String codes = m.group(1);
      return Trigger.inSensitivePeriod(
          codes == null ? new String[0] : list(codes, start).toArray(new String[0]));
    }
    if ((m = FLAG.matcher(atom)).matches()) {
      return Trigger.flagPresent(group(m));
    }
    pos = start;
    throw error(atom.isEmpty() ? "expected a condition" : "unknown condition '" + Checks.shorten(atom) + "'");
  }

  private static String group(Matcher m) {
    String g = m.group(1);
    return g == null ? "" : g;
  }

  private List<String> list(String inner, int at) {
    List<String> items = new ArrayList<>();
    for (String s : inner.split(", ", -1)) {
      if (s.isEmpty()) {
        pos = at;
        throw error("empty element in {…}");
      }
      items.add(s);
    }
    return items;
  }

  private int number(String digits, int at) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      pos = at;
      throw error("number too large");
    }
  }

  private <E extends Enum<E>> E constant(Class<E> type, String name, int at) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      pos = at;
      throw error("unknown " + type.getSimpleName() + " '" + Checks.shorten(name) + "'");
    }
  }

  private InvalidValueException error(String what) {
    return new InvalidValueException(
        "trigger",
        Checks.shorten(text),
        String.format(Locale.ROOT, "%s at position %d", what, pos));
  }
}
