package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.PetitionId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DisputeProperties {
  static LongStream seeds() {
    return PropertySeeds.upTo(400);
  }

  static Party randomParty(SplittableRandom r, int index) {
    PartyRole role = PartyRole.values()[r.nextInt(PartyRole.values().length)];
    return r.nextInt(4) == 0
        ? Party.unit(UnitId.of("U-" + index + "-" + r.nextInt(1000)), role)
        : Party.person(PersonId.of("P-" + index + "-" + r.nextInt(1000)), role);
  }

  static Dispute.Builder randomDispute(SplittableRandom r, String summary) {
    DisputeSource source = DisputeSource.values()[r.nextInt(DisputeSource.values().length)];
    List<Party> parties = new ArrayList<>();
    int n = 2 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      parties.add(randomParty(r, i));
    }
    Dispute.Builder b =
        Dispute.builder()
            .id(DisputeId.of("JF-" + r.nextInt(1_000_000)))
            .source(source)
            .type(DisputeType.defaults().get(r.nextInt(DisputeType.defaults().size())))
            .parties(parties)
            .summary(summary)
            .arose(JurisdictionId.of("370883104" + (200 + r.nextInt(31))))
            .foundAt(Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000)))
            .foundBy(Actor.official(OfficialId.of("O-" + r.nextInt(100)), Role.GRID_WORKER))
            .riskLevel(RiskLevel.values()[r.nextInt(RiskLevel.values().length)]);
    if (source == DisputeSource.PETITION_REFERRAL) {
      b.originPetition(PetitionId.of("PT-" + r.nextInt(100_000)));
    }
    if (source == DisputeSource.POLICE_REFERRAL && r.nextBoolean()) {
      b.policeIncidentNumber("J" + r.nextInt(1_000_000));
    }
    return b;
  }

  static String randomSummary(SplittableRandom r) {
    return "纠纷" + "ABCDEFGHIJ".charAt(r.nextInt(10)) + "-" + Long.toHexString(r.nextLong()) + "当事人隐私";
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validDisputesRoundTripAndHideTheSummary(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String summary = randomSummary(r);
    Dispute d = randomDispute(r, summary).build();
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.toString()).doesNotContain(summary);
    assertThat(d.parties()).hasSizeBetween(2, 9);
    assertThat(d.originPetition().isPresent()).isEqualTo(d.source() == DisputeSource.PETITION_REFERRAL);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aRepeatedSubjectIsRejectedWithoutEchoingTheSummary(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String summary = randomSummary(r);
    Dispute d = randomDispute(r, summary).build();
    Party repeated = d.parties().get(r.nextInt(d.parties().size()));
    Party sameSubject =
        repeated.person().isPresent()
            ? Party.person(repeated.person().orElseThrow(), PartyRole.OTHER)
            : Party.unit(repeated.unit().orElseThrow(), PartyRole.OTHER);
    List<Party> parties = new ArrayList<>(d.parties());
    parties.add(r.nextInt(parties.size() + 1), sameSubject);
    assertThatThrownBy(() -> d.toBuilder().parties(parties).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("parties"))
        .hasMessageContaining(repeated.subject())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(summary));
  }
}
