package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hewei.governance.core.petition.PetitionFixtures.OTHER;
import static org.hewei.governance.core.petition.PetitionFixtures.PERSONAL;
import static org.hewei.governance.core.petition.PetitionFixtures.PI_TEXT;
import static org.hewei.governance.core.petition.PetitionFixtures.REP;
import static org.hewei.governance.core.petition.PetitionFixtures.petitionBuilder;
import static org.hewei.governance.core.petition.Rejections.assertMissing;
import static org.hewei.governance.core.petition.Rejections.assertRejected;

import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Petition, Petitioner, AccusedParty and HandlingPlace: every validation rule, and no personal data shown. */
class PetitionTest {

  @Test
  @DisplayName("a valid petition keeps its values; representatives are the marked petitioners")
  void validPetition() {
    Petition p = PetitionFixtures.petition();
    assertThat(p.headcount()).isEqualTo(12);
    assertThat(p.representatives()).containsExactly(REP);
    assertThat(p.hasPetitioner(OTHER)).isTrue();
    assertThat(p.hasPetitioner(PersonId.of("P-9"))).isFalse();
    assertThat(p.request()).isEqualTo(PI_TEXT);
    assertThat(p.facts()).contains(PI_TEXT);
    assertThat(p.accusedParty()).isEmpty();
    assertThat(Petition.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  @DisplayName("the headcount defaults to the number of petitioners")
  void headcountDefault() {
    Petition p = Petition.builder().from(PetitionFixtures.petition()).build();
    Petition single =
        Petition.builder()
            .id(p.id()).channel(Channel.LETTER).type(PetitionType.SUGGESTION).category(MatterCategory.OTHER)
            .request("Build a bridge").addPetitioners(Petitioner.of(OTHER)).arisenIn(p.arisenIn())
            .filedWith(p.filedWith()).receivedAt(p.receivedAt()).build();
    assertThat(single.headcount()).isEqualTo(1);
    assertThat(single.facts()).isEmpty();
  }

  @Test
  @DisplayName("toString shows ids, counts and enums, never request, facts or petitioner ids")
  void toStringHidesPersonalInformation() {
    Petition p = petitionBuilder().type(PetitionType.ACCUSATION).accusedParty(AccusedParty.unnamed(PI_TEXT.substring(0, 30))).build();
    String shown = p.toString();
    for (String pi : PERSONAL) {
      assertThat(shown).doesNotContain(pi);
    }
    assertThat(shown)
        .contains("request=***", "facts=***", "petitioners=2", "representatives=1", "headcount=12", "accused=UNNAMED", "COLLECTIVE")
        .doesNotContain(REP.value())
        .doesNotContain(OTHER.value());
  }

  @Test
  @DisplayName("request: required, not blank, at most 20,000 characters; facts likewise when given")
  void requestAndFacts() {
    assertRejected(() -> petitionBuilder().request(" \n ").build(), "request", "must not be blank");
    assertRejected(() -> petitionBuilder().request("字".repeat(20_001)).build(), "request", "at most 20000");
    assertRejected(() -> petitionBuilder().facts("").build(), "facts", "must not be blank");
    assertRejected(() -> petitionBuilder().facts(PI_TEXT + "\u0000").build(), "facts", "control character");
    assertThat(petitionBuilder().request("字".repeat(20_000)).build().request()).hasSize(20_000);
    assertThat(catchThrowable(() -> petitionBuilder().request(null))).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("petitioners: at least one, each person once")
  void petitioners() {
    assertRejected(
        () -> Petition.builder().from(PetitionFixtures.petition()).petitioners(java.util.List.of()).build(),
        "petitioners",
        "must not be empty");
    assertRejected(() -> petitionBuilder().addPetitioners(Petitioner.of(REP)).build(), "petitioners", "only once");
  }

  @Test
  @DisplayName("headcount: at least the number of petitioners, at most 1,000,000")
  void headcount() {
    assertRejected(() -> petitionBuilder().headcount(1).build(), "headcount", "at least the number of petitioners (2)");
    assertRejected(() -> petitionBuilder().headcount(-5).build(), "headcount", "at least the number");
    assertRejected(() -> petitionBuilder().headcount(1_000_001).build(), "headcount", "at most 1000000");
    assertThat(petitionBuilder().headcount(2).build().headcount()).isEqualTo(2);
  }

  @Test
  @DisplayName("representatives are chosen by a group: none when one person comes alone (条例 Art 20)")
  void representativesNeedAGroup() {
    assertRejected(
        () -> petitionBuilder().petitioners(java.util.List.of(Petitioner.representative(REP))).headcount(1).build(),
        "petitioners",
        "条例 Art 20");
    assertThat(petitionBuilder().petitioners(java.util.List.of(Petitioner.representative(REP))).headcount(30).build().representatives())
        .containsExactly(REP);
  }

  @Test
  @DisplayName("an accused party is given exactly for accusations (条例 Art 30), and is not a petitioner")
  void accusedParty() {
    assertRejected(() -> petitionBuilder().type(PetitionType.ACCUSATION).build(), "accusedParty", "exactly when the type is ACCUSATION");
    assertRejected(
        () -> petitionBuilder().accusedParty(AccusedParty.unit(UnitId.of("U1"))).build(), "accusedParty", "exactly when");
    assertRejected(
        () -> petitionBuilder().type(PetitionType.ACCUSATION).accusedParty(AccusedParty.person(REP)).build(),
        "accusedParty",
        "must not be one of the petitioners");
    Petition p = petitionBuilder().type(PetitionType.ACCUSATION).accusedParty(AccusedParty.person(PersonId.of("P-777"))).build();
    assertThat(p.accusedParty().flatMap(AccusedParty::person)).contains(PersonId.of("P-777"));
  }

  @Test
  @DisplayName("required attributes are named when missing")
  void missingAttributes() {
    assertMissing(() -> Petition.builder().build(), "channel");
    assertMissing(
        () -> Petition.builder().id(PetitionFixtures.ID).channel(Channel.LETTER).type(PetitionType.GRIEVANCE).build(), "category");
  }

  @Test
  @DisplayName("a petitioner prints its id and representative mark only")
  @SuppressWarnings("NullAway") // passes null on purpose: a MissingValueException, never an NPE
  void petitioner() {
    assertThat(Petitioner.of(OTHER).isRepresentative()).isFalse();
    assertThat(Petitioner.representative(REP).toString()).isEqualTo("P-000042(代表)");
    assertThat(Petitioner.of(OTHER).toString()).isEqualTo("P-000043");
    assertThat(catchThrowable(() -> Petitioner.of(null))).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("an accused party: a person, a unit, or an unnamed description (required, never printed)")
  @SuppressWarnings("NullAway") // passes null on purpose: a MissingValueException, never an NPE
  void accusedPartyKinds() {
    assertThat(AccusedParty.person(PersonId.of("P-1")).toString()).isEqualTo("person:P-1");
    assertThat(AccusedParty.unit(UnitId.of("U-1")).toString()).isEqualTo("unit:U-1");
    AccusedParty unnamed = AccusedParty.unnamed(PetitionFixtures.FAKE_NAME + "的会计");
    assertThat(unnamed.kind()).isEqualTo(AccusedParty.Kind.UNNAMED);
    assertThat(unnamed.toString()).isEqualTo("unnamed:***");
    assertRejected(() -> AccusedParty.unnamed(" "), "description", "must not be blank");
    assertRejected(() -> AccusedParty.unnamed(PetitionFixtures.FAKE_NAME.repeat(60)), "description", "at most 200");
    assertThat(catchThrowable(() -> AccusedParty.unit(null))).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("a handling place prints level, jurisdiction and unit")
  @SuppressWarnings("NullAway") // passes null on purpose: a MissingValueException, never an NPE
  void handlingPlace() {
    HandlingPlace place = HandlingPlace.of(JurisdictionId.of("370883103"), JurisdictionLevel.TOWNSHIP, UnitId.of("ZXD-XFB"));
    assertThat(place.toString()).isEqualTo("TOWNSHIP:370883103/ZXD-XFB");
    assertThat(HandlingPlace.of(JurisdictionId.of("370883103201"), JurisdictionLevel.VILLAGE).toString())
        .isEqualTo("VILLAGE:370883103201");
    assertThat(catchThrowable(() -> HandlingPlace.of(null, JurisdictionLevel.VILLAGE))).isInstanceOf(MissingValueException.class);
  }
}
