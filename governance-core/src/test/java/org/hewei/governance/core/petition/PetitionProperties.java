package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.petition.Rejections.assertRejected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over seeded random petitions: valid ones build, round-trip and hide personal data;
 * each documented invalid variation is rejected with an InvalidValueException naming the field.
 */
class PetitionProperties {
  private static final String TEXT_CHARS = "信访诉求欠薪土地补偿村委会镇政府abcXYZ0123456789 ，。！？\n\t-";
  private static final String BLANKS = " \t\n\r\u3000";

  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  /**
   * Random text of {@code length} characters (all in the BMP, so also code points), not blank,
   * starting with 诉 and sometimes the fixtures' personal data.
   */
  static String text(SplittableRandom r, int length) {
    StringBuilder sb = new StringBuilder(length + 20).append('诉');
    if (r.nextInt(3) == 0) {
      sb.append(PetitionFixtures.PERSONAL.get(r.nextInt(PetitionFixtures.PERSONAL.size())));
    }
    while (sb.length() < length) {
      sb.append(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length())));
    }
    sb.setLength(length);
    return sb.toString();
  }

  static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  /** A random valid petition builder. */
  static Petition.Builder validPetition(SplittableRandom r, long seed) {
    int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 200 : 6);
    int headcount = n + (r.nextBoolean() ? 0 : r.nextInt(100));
    List<Petitioner> petitioners = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PersonId person = PersonId.of("P-" + seed + "-" + i);
      petitioners.add(headcount >= 2 && r.nextInt(4) == 0 ? Petitioner.representative(person) : Petitioner.of(person));
    }
    PetitionType type = pick(r, PetitionType.values());
    Set<PetitionFlag> flags = EnumSet.noneOf(PetitionFlag.class);
    for (PetitionFlag flag : PetitionFlag.values()) {
      if (r.nextInt(4) == 0) {
        flags.add(flag);
      }
    }
    JurisdictionLevel level = pick(r, JurisdictionLevel.values());
    HandlingPlace filed =
        r.nextBoolean()
            ? HandlingPlace.of(JurisdictionId.of("J-" + r.nextInt(1000)), level)
            : HandlingPlace.of(JurisdictionId.of("J-" + r.nextInt(1000)), level, UnitId.of("U-" + r.nextInt(50)));
    Petition.Builder b =
        Petition.builder()
            .id(PetitionId.of("ZXD-" + seed))
            .channel(pick(r, Channel.values()))
            .type(type)
            .category(
                r.nextInt(5) == 0
                    ? MatterCategory.of("local-" + r.nextInt(10), "本地类别" + r.nextInt(10))
                    : MatterCategory.defaults().get(r.nextInt(MatterCategory.defaults().size())))
            .request(text(r, 1 + r.nextInt(r.nextInt(20) == 0 ? 20_000 : 500)))
            .petitioners(petitioners)
            .headcount(headcount)
            .arisenIn(JurisdictionId.of("J-" + r.nextInt(1000)))
            .filedWith(filed)
            .receivedAt(Instant.ofEpochSecond(1_577_836_800L + r.nextInt(200_000_000)))
            .flags(flags);
    if (r.nextBoolean()) {
      b.facts(text(r, 1 + r.nextInt(2000)));
    }
    if (type == PetitionType.ACCUSATION) {
      switch (r.nextInt(3)) {
        case 0:
          b.accusedParty(AccusedParty.person(PersonId.of("ACC-" + seed)));
          break;
        case 1:
          b.accusedParty(AccusedParty.unit(UnitId.of("U-ACC-" + r.nextInt(100))));
          break;
        default:
          b.accusedParty(AccusedParty.unnamed(text(r, 1 + r.nextInt(200))));
      }
    }
    return b;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validPetitionsBuildRoundTripAndHidePersonalData(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Petition p = validPetition(r, seed).build();

    assertThat(Petition.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.headcount()).isGreaterThanOrEqualTo(p.petitioners().size());
    assertThat(p.representatives()).allMatch(p::hasPetitioner);
    assertThat(p.petitioners().stream().map(Petitioner::person).distinct().count()).isEqualTo(p.petitioners().size());
    assertThat(p.accusedParty().isPresent()).isEqualTo(p.type() == PetitionType.ACCUSATION);

    PetitionEvent.Received received =
        PetitionEvent.Received.builder()
            .eventId(EventId.of("evt-" + seed))
            .occurredAt(p.receivedAt())
            .actor(PetitionFixtures.CLERK)
            .petition(p)
            .build();
    assertThat(received.petitionId()).isEqualTo(p.id());
    PetitionState state =
        PetitionState.builder().petition(p).version(1).status(PetitionStatus.RECEIVED).updatedAt(p.receivedAt()).build();
    assertThat(state.handling()).isEqualTo(p.filedWith());
    assertThat(state.flags()).isEqualTo(p.flags());

    for (String shown : List.of(p.toString(), received.toString(), state.toString())) {
      for (String pi : PetitionFixtures.PERSONAL) {
        assertThat(shown).doesNotContain(pi);
      }
      for (Petitioner petitioner : p.petitioners()) {
        assertThat(p.toString()).doesNotContain(petitioner.person().value());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void invalidVariationsAreRejectedNamingTheField(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Petition valid = validPetition(r, seed).build();
    int n = valid.petitioners().size();

    // headcount below the number of petitioners
    int tooFew = r.nextInt(n);
    assertRejected(() -> Petition.builder().from(valid).headcount(tooFew).build(), "headcount", "at least the number of petitioners");

    // a representative who is not a distinct petitioner: the same person listed again as representative
    Petitioner existing = valid.petitioners().get(r.nextInt(n));
    assertRejected(
        () -> Petition.builder().from(valid).headcount(Math.max(2, valid.headcount()) + 1)
            .addPetitioners(Petitioner.representative(existing.person())).build(),
        "petitioners",
        "only once");

    // a representative without a group
    assertRejected(
        () -> Petition.builder().from(valid).petitioners(List.of(Petitioner.representative(existing.person()))).headcount(1).build(),
        "petitioners",
        "条例 Art 20");

    // blank request
    StringBuilder blank = new StringBuilder();
    for (int i = r.nextInt(20); i >= 0; i--) {
      blank.append(BLANKS.charAt(r.nextInt(BLANKS.length())));
    }
    assertRejected(() -> Petition.builder().from(valid).request(blank.toString()).build(), "request", "must not be blank");

    // over-long request or facts
    String tooLong = text(r, 20_001 + r.nextInt(5_000));
    if (r.nextBoolean()) {
      assertRejected(() -> Petition.builder().from(valid).request(tooLong).build(), "request", "must be at most 20000 characters");
    } else {
      assertRejected(() -> Petition.builder().from(valid).facts(tooLong).build(), "facts", "must be at most 20000 characters");
    }

    // control character inside the request
    String withControl = text(r, 10) + (char) r.nextInt(8) + text(r, 10);
    assertRejected(() -> Petition.builder().from(valid).request(withControl).build(), "request", "control character");

    // an accused party on a non-accusation, or none on an accusation
    if (valid.type() == PetitionType.ACCUSATION) {
      assertRejected(
          () -> Petition.builder().from(valid).type(r.nextBoolean() ? PetitionType.SUGGESTION : PetitionType.GRIEVANCE).build(),
          "accusedParty",
          "ACCUSATION");
    } else {
      assertRejected(
          () -> Petition.builder().from(valid).accusedParty(AccusedParty.unit(UnitId.of("U-X"))).build(), "accusedParty", "ACCUSATION");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void extensionsAndEscalationRecordsFollowTheirRules(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int days = r.nextInt(-40, 120);
    if (days >= 1) {
      assertThat(Extension.of(days, text(r, 1 + r.nextInt(100)), OfficialId.of("O-" + seed)).days()).isEqualTo(days);
    } else {
      assertRejected(() -> Extension.of(days, "x", OfficialId.of("O-" + seed)), "days", "must be at least 1");
    }

    JurisdictionLevel from = pick(r, JurisdictionLevel.values());
    JurisdictionLevel to = pick(r, JurisdictionLevel.values());
    Instant at = Instant.ofEpochSecond(r.nextInt(2_000_000_000));
    if (to.isAbove(from)) {
      EscalationRecord record = EscalationRecord.of(at, from, to, Optional.of("rule-" + seed));
      assertThat(record.fromLevel()).isEqualTo(from);
      PetitionCommand.Escalate escalate =
          PetitionCommand.Escalate.builder()
              .petitionId(PetitionId.of("P-" + seed))
              .commandId(CommandId.of("c-" + seed))
              .issuedAt(at)
              .actor(PetitionFixtures.CLERK)
              .fromLevel(from)
              .to(HandlingPlace.of(JurisdictionId.of("J-" + seed), to))
              .reason(text(r, 1 + r.nextInt(100)))
              .build();
      assertThat(escalate.toLevel()).isEqualTo(to);
    } else {
      assertRejected(() -> EscalationRecord.of(at, from, to, Optional.empty()), "toLevel", "must be above");
    }
  }
}
