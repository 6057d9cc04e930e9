package org.hewei.governance.rules.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingOpinion;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.petition.ReviewDecision;
import org.hewei.governance.core.petition.ReviewOpinion;
import org.jspecify.annotations.Nullable;

/** Shared values for the petition lifecycle tests: a small tree, actors, a petition, command builders. */
final class PetitionFixture {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Jurisdiction PROVINCE = node("37", JurisdictionLevel.PROVINCE, "山东省", null);
  static final Jurisdiction PREFECTURE = node("3708", JurisdictionLevel.PREFECTURE, "济宁市", PROVINCE);
  static final Jurisdiction COUNTY = node("370883", JurisdictionLevel.COUNTY, "邹城市", PREFECTURE);
  static final Jurisdiction TOWN = node("370883103", JurisdictionLevel.TOWNSHIP, "中心店镇", COUNTY);
  static final Jurisdiction DISTRICT = node("ZXD-GQ-1", JurisdictionLevel.MANAGEMENT_DISTRICT, "第一管区", TOWN);
  static final Jurisdiction VILLAGE = node("370883103201", JurisdictionLevel.VILLAGE, "某村", DISTRICT);
  static final JurisdictionTree TREE = JurisdictionTree.of(List.of(PROVINCE, PREFECTURE, COUNTY, TOWN, DISTRICT, VILLAGE));

  static final UnitId TOWN_OFFICE = UnitId.of("ZXD-XFB");
  static final UnitId LABOUR = UnitId.of("ZXD-LDBZ");
  static final HandlingPlace AT_TOWN = HandlingPlace.of(TOWN.id(), JurisdictionLevel.TOWNSHIP, TOWN_OFFICE);
  static final HandlingPlace TO_LABOUR = HandlingPlace.of(TOWN.id(), JurisdictionLevel.TOWNSHIP, LABOUR);
  static final HandlingPlace AT_COUNTY = HandlingPlace.of(COUNTY.id(), JurisdictionLevel.COUNTY, UnitId.of("ZC-XFJ"));

  static final OfficialId CLERK_ID = OfficialId.of("ZXD-OFF-017");
  static final OfficialId HEAD_ID = OfficialId.of("ZXD-OFF-001");
  static final OfficialId OWNER_ID = OfficialId.of("ZXD-OFF-030");
  static final Actor CLERK = Actor.official(CLERK_ID, Role.PETITION_OFFICER);
  static final Actor HEAD = Actor.official(HEAD_ID, Role.HEAD_OF_BODY);
  static final PersonId PETITIONER_ID = PersonId.of("P-000042");
  static final Actor PETITIONER = Actor.person(PETITIONER_ID);
  static final Actor STRANGER = Actor.person(PersonId.of("P-999999"));
  static final Actor ENGINE = Actor.system("escalation:zxd-default@3");

  static final PetitionId ID = PetitionId.of("ZXD-2022-000123");
  /** 2022-07-25 09:30 in Zoucheng. */
  static final Instant RECEIVED_AT = at(LocalDate.of(2022, 7, 25));

  private static int counter;

  private PetitionFixture() {}

  static Jurisdiction node(String id, JurisdictionLevel level, String name, @Nullable Jurisdiction parent) {
    Jurisdiction.Builder b = Jurisdiction.builder().id(JurisdictionId.of(id)).level(level).name(name);
    if (parent != null) {
      b.parentId(parent.id());
    }
    return b.build();
  }

  /** 09:30 local time on {@code day}. */
  static Instant at(LocalDate day) {
    return LocalDateTime.of(day, java.time.LocalTime.of(9, 30)).atZone(ZONE).toInstant();
  }

  static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2022, month, dayOfMonth);
  }

  static CommandId nextId() {
    return CommandId.of("cmd-" + (++counter));
  }

  static Petition.Builder petitionBuilder() {
    return Petition.builder()
        .id(ID)
        .channel(Channel.LETTER)
        .type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES)
        .request("Pay the wages owed for the 2021 harvest")
        .addPetitioners(Petitioner.of(PETITIONER_ID))
        .arisenIn(VILLAGE.id())
        .filedWith(AT_TOWN)
        .receivedAt(RECEIVED_AT);
  }

  static Petition grievance() {
    return petitionBuilder().build();
  }

  static PetitionCommand.Receive receive(Petition p) {
    return PetitionCommand.Receive.builder().commandId(nextId()).issuedAt(p.receivedAt()).actor(CLERK).petition(p).build();
  }

  static PetitionCommand.Register register(Instant at) {
    return PetitionCommand.Register.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(CLERK).build();
  }

  static PetitionCommand.Assign assign(Instant at, LocalDate due) {
    return PetitionCommand.Assign.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(CLERK)
        .to(TO_LABOUR).caseOwner(OWNER_ID).dueDate(due).build();
  }

  static PetitionCommand.Accept accept(Instant at) {
    return PetitionCommand.Accept.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(CLERK).build();
  }

  static PetitionCommand.ApproveExtension extension(Instant at, Actor actor, int days, OfficialId approver) {
    return PetitionCommand.ApproveExtension.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(actor)
        .extension(org.hewei.governance.core.petition.Extension.of(days, "Awaiting the land survey", approver)).build();
  }

  static HandlingOpinion opinion() {
    return HandlingOpinion.builder()
        .request("Pay the wages owed")
        .factsAndReasons("The contractor confirmed the debt")
        .opinion("The contractor pays by 2022-08-31")
        .legalBasis("保障农民工工资支付条例 Art 3")
        .outcome(HandlingOutcome.SUPPORTED)
        .issuedBy(LABOUR)
        .build();
  }

  static PetitionCommand.Reply reply(Instant at) {
    return PetitionCommand.Reply.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(CLERK)
        .opinion(opinion()).deliveredAt(at).build();
  }

  static ReviewOpinion reviewOpinion(ReviewDecision decision) {
    ReviewOpinion.Builder b = ReviewOpinion.builder().decision(decision).reasons("The facts were established")
        .legalBasis("信访工作条例 Art 35").issuedBy(UnitId.of("ZC-XFJ"));
    if (decision == ReviewDecision.CHANGED) {
      b.newOutcome(HandlingOutcome.EXPLAINED);
    }
    return b.build();
  }

  static PetitionCommand.RequestReview requestReview(Instant at, Actor actor) {
    return PetitionCommand.RequestReview.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(actor).build();
  }

  static PetitionCommand.IssueReviewOpinion reviewOpinionCommand(Instant at) {
    return PetitionCommand.IssueReviewOpinion.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(CLERK)
        .opinion(reviewOpinion(ReviewDecision.UPHELD)).deliveredAt(at).build();
  }

  static PetitionCommand.RequestReReview requestReReview(Instant at) {
    return PetitionCommand.RequestReReview.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(PETITIONER).build();
  }

  static PetitionCommand.IssueReReviewOpinion reReviewOpinionCommand(Instant at, int hearingDays) {
    return PetitionCommand.IssueReReviewOpinion.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(CLERK)
        .opinion(reviewOpinion(ReviewDecision.UPHELD)).deliveredAt(at).hearingDays(hearingDays).build();
  }

  /** Decides, asserts acceptance, and applies the events; returns the new state. */
  static PetitionState run(PetitionLifecycle lifecycle, Optional<PetitionState> state, PetitionCommand command) {
    Decision<PetitionEvent> d = lifecycle.decide(state, command);
    List<PetitionEvent> events = d.eventsOrThrow();
    Optional<PetitionState> s = state;
    for (PetitionEvent e : events) {
      s = Optional.of(lifecycle.evolve(s, e));
    }
    return s.orElseThrow();
  }

  static PetitionState run(PetitionLifecycle lifecycle, PetitionState state, PetitionCommand command) {
    return run(lifecycle, Optional.of(state), command);
  }
}
