package org.hewei.governance.testkit.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;

/**
 * 人员生成器 — citizen ID numbers with the right check character, phone numbers, names, addresses and
 * whole persons, valid by construction and biased to the edges.
 *
 * <p>Edges produced often: birth dates 1900-01-01, leap days, 12-31 and the last year the calendar
 * covers; female and male sequence codes; the check character {@code X}; one-character names,
 * compound surnames (欧阳, 司马, 诸葛 …), minority names with the middle dot, Latin names with spaces,
 * rare and supplementary-plane characters (𠮷, 𪚥, 𰻞) and names of exactly {@value
 * PersonName#MAX_LENGTH} characters; addresses of exactly {@value Address#MAX_LENGTH} characters.
 *
 * <pre>{@code
 * CitizenId id = PersonGen.citizenIds().sample(1L);
 * Person p = PersonGen.persons(tree).sample(2L); // lives in a village or grid of the tree
 * }</pre>
 */
public final class PersonGen {
  private PersonGen() {}

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孔", "孟", "颜", "曾"};
  static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "东方", "公孙", "令狐", "端木"};
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅";
  private static final String[] MINORITY = {"阿依古丽·买买提", "热依拉·艾则孜", "扎西·多吉", "努尔·阿不都拉", "巴特尔"};
  private static final String[] LATIN = {"Anna Schmidt", "John Smith", "Li Wei", "Maria de la Cruz"};

  /** The first possible birth date of a citizen ID (GB 11643-1999 as implemented by CitizenId). */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** The latest birth date generated. */
  public static final LocalDate LATEST_BIRTH = LocalDate.of(2026, 12, 31);

  /** Opaque person ids {@code P-000000 …}. */
  public static Gen<PersonId> personIds() {
    return random -> PersonId.of("P-" + JurisdictionGen.pad(random.nextInt(1000), 3) + random.nextInt(1_000_000));
  }

  /** Birth dates from 1900-01-01 to 2026-12-31, with the bounds, leap days and year ends often. */
  public static Gen<LocalDate> birthDates() {
    Gen<LocalDate> any = Gen.dates(EARLIEST_BIRTH, LATEST_BIRTH);
    return random -> {
      switch (random.nextInt(10)) {
        case 0:
          return LocalDate.of(1900 + 4 * (1 + random.nextInt(31)), 2, 29); // 1904 … 2024
        case 1:
          return LocalDate.of(1900 + random.nextInt(127), 12, 31);
        case 2:
          return LocalDate.of(2000, 2, 29);
        default:
          return any.generate(random);
      }
    };
  }

  /** Valid citizen ID numbers: province prefix, real birth date, sequence code and MOD 11-2 check. */
  public static Gen<CitizenId> citizenIds() {
    Gen<LocalDate> births = birthDates();
    return random -> CitizenId.parse(citizenIdText(random, births.generate(random)));
  }

  /** Valid citizen ID numbers of people born on {@code birthDate}. */
  public static Gen<CitizenId> citizenIds(LocalDate birthDate) {
    return random -> CitizenId.parse(citizenIdText(random, birthDate));
  }

  /**
   * Texts that {@link CitizenId#parse} accepts: canonical numbers, sometimes with a lower-case
   * {@code x} or surrounding whitespace.
   */
  public static Gen<String> citizenIdTexts() {
    return citizenIds()
        .flatMap(
            id ->
                Gen.elements(
                    id.value(),
                    id.value().replace('X', 'x'),
                    "  " + id.value() + "\t",
                    "\n" + id.value()));
  }

  static String citizenIdText(SplittableRandom random, LocalDate birth) {
    String region;
    if (random.nextInt(4) == 0) {
      region = "370883"; // 邹城市
    } else {
      region = JurisdictionGen.PROVINCES[random.nextInt(JurisdictionGen.PROVINCES.length)]
          + JurisdictionGen.pad(random.nextInt(100), 2)
          + JurisdictionGen.pad(random.nextInt(100), 2);
    }
    String body =
        region
            + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
            + JurisdictionGen.pad(random.nextInt(1000), 3);
    return body + checkChar(body);
  }

  /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
  static char checkChar(String digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  // ---------------------------------------------------------------- phones

  /** Mobile numbers {@code 1[3-9]xxxxxxxxx}. */
  public static Gen<PhoneNumber> mobiles() {
    return random -> PhoneNumber.parse(mobileText(random));
  }

  /** Landlines: {@code 010}/{@code 02x} with 8 digits, or 3-digit area codes ({@code 0537}) with 7 or 8. */
  public static Gen<PhoneNumber> landlines() {
    return random -> PhoneNumber.parse(landlineText(random, true));
  }

  /** Personal phone numbers: mostly mobiles, a quarter landlines. */
  public static Gen<PhoneNumber> phones() {
    return random -> random.nextInt(4) == 0 ? PhoneNumber.parse(landlineText(random, true)) : PhoneNumber.parse(mobileText(random));
  }

  /** Service numbers: 110, 119, 120, 122, 12345, 12348, 95xxx, 96xxx. */
  public static Gen<PhoneNumber> serviceNumbers() {
    return Gen.elements("110", "119", "120", "122", "12345", "12348", "95588", "96110").map(PhoneNumber::parse);
  }

  /**
   * Texts that {@link PhoneNumber#parse} accepts: with spaces anywhere, {@code +86}/{@code 0086}
   * prefixes on mobiles, landlines with or without the hyphen.
   */
  public static Gen<String> phoneTexts() {
    return random -> {
      String text;
      switch (random.nextInt(5)) {
        case 0:
          text = "+86" + mobileText(random);
          break;
        case 1:
          text = "0086" + mobileText(random);
          break;
        case 2:
          text = landlineText(random, random.nextBoolean());
          break;
        default:
          text = mobileText(random);
      }
      if (random.nextBoolean()) {
        int at = random.nextInt(text.length() + 1);
        text = text.substring(0, at) + " " + text.substring(at);
      }
      return text;
    };
  }

  static String mobileText(SplittableRandom random) {
    StringBuilder s = new StringBuilder("1").append(3 + random.nextInt(7));
    for (int i = 0; i < 9; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  static String landlineText(SplittableRandom random, boolean hyphen) {
    String area;
    int localLength;
    if (random.nextInt(3) == 0) {
      area = "0" + (1 + random.nextInt(2)) + random.nextInt(10);
      localLength = 8;
    } else {
      area = random.nextBoolean() ? "0537" : "0" + (3 + random.nextInt(7)) + random.nextInt(10) + random.nextInt(10);
      localLength = random.nextBoolean() ? 7 : 8;
    }
    StringBuilder local = new StringBuilder().append(2 + random.nextInt(8));
    for (int i = 1; i < localLength; i++) {
      local.append(random.nextInt(10));
    }
    return area + (hyphen ? "-" : "") + local;
  }

  // ---------------------------------------------------------------- names, addresses, persons

  /**
   * Names: common two- and three-character names, one-character names, compound surnames, rare and
   * supplementary-plane characters, minority names with the middle dot, Latin names, and names of
   * exactly 100 characters.
   */
  public static Gen<PersonName> names() {
    return random -> PersonName.of(nameText(random));
  }

  static String nameText(SplittableRandom random) {
    switch (random.nextInt(12)) {
      case 0:
        return String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))); // one character
      case 1:
        return COMPOUND_SURNAMES[random.nextInt(COMPOUND_SURNAMES.length)] + given(random, 1 + random.nextInt(2));
      case 2:
        return SURNAMES[random.nextInt(SURNAMES.length)] + TextGen.RARE[random.nextInt(TextGen.RARE.length)];
      case 3:
        return MINORITY[random.nextInt(MINORITY.length)];
      case 4:
        return LATIN[random.nextInt(LATIN.length)];
      case 5:
        return maxLengthName(random);
      default:
        return SURNAMES[random.nextInt(SURNAMES.length)] + given(random, 1 + random.nextInt(2));
    }
  }

  /** A name of exactly {@value PersonName#MAX_LENGTH} code points, some of them supplementary. */
  static String maxLengthName(SplittableRandom random) {
    StringBuilder s = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
    for (int i = 1; i < PersonName.MAX_LENGTH; i++) {
      s.append(random.nextInt(10) == 0 ? TextGen.RARE[random.nextInt(3)] : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }
    return s.toString();
  }

  private static String given(SplittableRandom random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return s.toString();
  }

  /** Addresses from a few characters up to exactly 500. */
  public static Gen<Address> addresses() {
    return random -> {
      if (random.nextInt(15) == 0) {
        return Address.of(TextGen.label(Address.MAX_LENGTH).generate(random));
      }
      if (random.nextInt(15) == 0) {
        StringBuilder s = new StringBuilder("山东省邹城市中心店镇");
        while (s.codePointCount(0, s.length()) < Address.MAX_LENGTH) {
          s.append('一');
        }
        return Address.of(s.toString());
      }
      return Address.of(
          "山东省邹城市中心店镇"
              + JurisdictionGen.name(random, JurisdictionLevel.VILLAGE)
              + (1 + random.nextInt(300))
              + "号");
    };
  }

  /** Persons with a name and, each often, a citizen ID, a phone, an address; no residence. */
  public static Gen<Person> persons() {
    return random -> person(random, null);
  }

  /** Persons living in a village, community or grid of {@code tree} (the leaves if it has none). */
  public static Gen<Person> persons(JurisdictionTree tree) {
    boolean hasPlaces =
        tree.jurisdictions().stream()
            .anyMatch(j -> j.level() == JurisdictionLevel.VILLAGE || j.level() == JurisdictionLevel.GRID);
    Gen<JurisdictionId> places =
        hasPlaces
            ? Gen.oneOf(
                safeNodes(tree, JurisdictionLevel.VILLAGE, JurisdictionLevel.GRID),
                safeNodes(tree, JurisdictionLevel.GRID, JurisdictionLevel.VILLAGE))
            : JurisdictionGen.leavesOf(tree);
    return random -> person(random, places.generate(random));
  }

  private static Gen<JurisdictionId> safeNodes(JurisdictionTree tree, JurisdictionLevel level, JurisdictionLevel fallback) {
    boolean present = tree.jurisdictions().stream().anyMatch(j -> j.level() == level);
    return JurisdictionGen.nodesOf(tree, present ? level : fallback);
  }

  static Person person(SplittableRandom random, @org.jspecify.annotations.Nullable JurisdictionId residence) {
    Person.Builder b = Person.builder().id(personIds().generate(random)).name(names().generate(random));
    if (random.nextInt(4) != 0) {
      b.citizenId(citizenIds().generate(random));
    }
    if (random.nextInt(3) != 0) {
      b.phone(phones().generate(random));
    }
    if (random.nextBoolean()) {
      b.address(addresses().generate(random));
    }
    if (residence != null) {
      b.residence(residence);
    }
    return b.build();
  }
}
