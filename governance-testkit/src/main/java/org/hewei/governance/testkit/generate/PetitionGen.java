package org.hewei.governance.testkit.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.Extension;
import org.hewei.governance.core.petition.HandlingOpinion;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.LegalProcedure;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.MediationResult;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.petition.ReviewDecision;
import org.hewei.governance.core.petition.ReviewOpinion;
import org.hewei.governance.core.petition.Satisfaction;

/**
 * 信访生成器 — petitions of every channel, type and category, collective petitions with
 * representatives, accusations with accused parties, handling and review opinions, states in every
 * status and commands for a state.
 *
 * <p>Decisions: the headcount is biased to 4, 5 and 6 (the thresholds of collective petitions and of
 * the five-representative rule, 条例 Art 20) and to 1, with rare huge groups and {@link
 * Petition#MAX_HEADCOUNT}; {@link PetitionFlag#COLLECTIVE} is set exactly when the headcount is at least
 * 5; a petition is filed at its place of origin or an ancestor of it in the tree; a state's timestamps
 * never go backwards and carry exactly the fields its status needs ({@code PetitionState}'s checks).
 * {@link #commands(PetitionState, JurisdictionTree)} gives commands that make sense in the state's
 * status (the rules decide whether they are accepted); {@link #anyCommands} gives every kind.
 *
 * <pre>{@code
 * Petition p = PetitionGen.petitions(tree).sample(1L);
 * PetitionState s = PetitionGen.states(tree, PetitionStatus.ACCEPTED).sample(2L);
 * PetitionCommand c = PetitionGen.commands(s, tree).sample(3L);
 * }</pre>
 */
public final class PetitionGen {
  private PetitionGen() {}

  private static final String[] LEGAL_BASES = {"信访工作条例 第三十二条", "《土地管理法》第十四条", "《劳动合同法》第三十条", "人民调解法 第十七条"};

  /** Petition ids {@code XF-…}. */
  public static Gen<PetitionId> petitionIds() {
    return random -> PetitionId.of("XF-" + (2022 + random.nextInt(5)) + "-" + random.nextInt(10_000_000));
  }

  /** Every channel, the regulation's five a little more often. */
  public static Gen<Channel> channels() {
    return Gen.elements(Channel.values());
  }

  /** The default matter categories. */
  public static Gen<MatterCategory> categories() {
    return Gen.elements(MatterCategory.defaults());
  }

  /**
   * Headcounts: 4, 5 or 6 three times in ten, 1 three times in ten, then 2–3, 7–50, 51–1000 and rarely
   * the maximum {@value Petition#MAX_HEADCOUNT}.
   */
  public static Gen<Integer> headcounts() {
    return Gen.frequency(
        Gen.Weighted.of(30, Gen.elements(4, 5, 6)),
        Gen.Weighted.of(30, Gen.constant(1)),
        Gen.Weighted.of(15, Gen.ints(2, 3)),
        Gen.Weighted.of(15, Gen.ints(7, 50)),
        Gen.Weighted.of(9, Gen.ints(51, 1000)),
        Gen.Weighted.of(1, Gen.constant(Petition.MAX_HEADCOUNT)));
  }

  /** Petitions of every channel, type and category, arising and filed in nodes of {@code tree}. */
  public static Gen<Petition> petitions(JurisdictionTree tree) {
    return petitions(tree, headcounts(), Gen.elements(PetitionType.values()));
  }

  /** Collective petitions (headcount 5 to 300) with 1 to 5 representatives. */
  public static Gen<Petition> collectivePetitions(JurisdictionTree tree) {
    return petitions(tree, Gen.frequency(Gen.Weighted.of(3, Gen.elements(5, 6)), Gen.Weighted.of(1, Gen.ints(7, 300))), Gen.elements(PetitionType.values()));
  }

  /** Accusations (检举控告) naming an accused person, unit or unnamed party (条例 Art 30). */
  public static Gen<Petition> accusations(JurisdictionTree tree) {
    return petitions(tree, headcounts(), Gen.constant(PetitionType.ACCUSATION));
  }

  private static Gen<Petition> petitions(JurisdictionTree tree, Gen<Integer> headcounts, Gen<PetitionType> types) {
    Gen<JurisdictionId> nodes = JurisdictionGen.nodesOf(tree);
    return random -> {
      PetitionId id = petitionIds().generate(random);
      int headcount = headcounts.generate(random);
      PetitionType type = types.generate(random);
      JurisdictionId arisen = nodes.generate(random);
      List<Jurisdiction> up = tree.pathToRoot(arisen);
      Jurisdiction filed = random.nextBoolean() ? up.get(0) : up.get(random.nextInt(up.size()));
      Petition.Builder b =
          Petition.builder()
              .id(id)
              .channel(channels().generate(random))
              .type(type)
              .category(categories().generate(random))
              .request(TextGen.freeText(random.nextInt(30) == 0 ? 20_000 : 300).generate(random))
              .petitioners(petitioners(random, headcount))
              .headcount(headcount)
              .arisenIn(arisen)
              .filedWith(place(random, filed))
              .receivedAt(EventGen.instants().generate(random));
      if (random.nextBoolean()) {
        b.facts(TextGen.freeText(500).generate(random));
      }
      if (type == PetitionType.ACCUSATION) {
        b.accusedParty(accused(random));
      }
      EnumSet<PetitionFlag> flags = EnumSet.noneOf(PetitionFlag.class);
      if (headcount >= 5) {
        flags.add(PetitionFlag.COLLECTIVE);
      }
      for (PetitionFlag f : PetitionFlag.values()) {
        if (f != PetitionFlag.COLLECTIVE && random.nextInt(8) == 0) {
          flags.add(f);
        }
      }
      return b.flags(flags).build();
    };
  }

  private static HandlingPlace place(SplittableRandom random, Jurisdiction where) {
    return random.nextBoolean()
        ? HandlingPlace.of(where.id(), where.level())
        : HandlingPlace.of(where.id(), where.level(), UnitId.of("U-" + where.level().name().toLowerCase(java.util.Locale.ROOT) + "-" + random.nextInt(100)));
  }

  /** The petitioners named for a group of {@code headcount}: 1 to 20 distinct persons, representatives only in groups. */
  static List<Petitioner> petitioners(SplittableRandom random, int headcount) {
    int named = Math.min(headcount, random.nextInt(4) == 0 ? Math.min(headcount, 20) : 1 + random.nextInt(Math.min(headcount, 6)));
    int representatives = 0;
    if (headcount >= 2 && (headcount >= 5 || random.nextBoolean())) {
      representatives = 1 + random.nextInt(Math.min(5, named));
    }
    long stem = random.nextLong(1_000_000_000L);
    List<Petitioner> list = new ArrayList<>(named);
    for (int i = 0; i < named; i++) {
      PersonId person = PersonId.of("PP-" + stem + "-" + i);
      list.add(i < representatives ? Petitioner.representative(person) : Petitioner.of(person));
    }
    return list;
  }

  private static AccusedParty accused(SplittableRandom random) {
    switch (random.nextInt(3)) {
      case 0:
        return AccusedParty.person(PersonId.of("AC-" + random.nextInt(1_000_000)));
      case 1:
        return AccusedParty.unit(OrganizationGen.unitIds().generate(random));
      default:
        return AccusedParty.unnamed(TextGen.label(200).generate(random));
    }
  }

  /** Handling opinions (处理意见书, 条例 Art 32) of every outcome. */
  public static Gen<HandlingOpinion> handlingOpinions() {
    return random ->
        HandlingOpinion.builder()
            .request(TextGen.shortText().generate(random))
            .factsAndReasons(TextGen.freeText(500).generate(random))
            .opinion(TextGen.shortText().generate(random))
            .legalBasis(LEGAL_BASES[random.nextInt(LEGAL_BASES.length)])
            .outcome(Gen.elements(HandlingOutcome.values()).generate(random))
            .issuedBy(OrganizationGen.unitIds().generate(random))
            .build();
  }

  /** Review opinions (复查/复核意见) of every decision; a new outcome exactly when CHANGED. */
  public static Gen<ReviewOpinion> reviewOpinions() {
    return random -> {
      ReviewDecision decision = Gen.elements(ReviewDecision.values()).generate(random);
      ReviewOpinion.Builder b =
          ReviewOpinion.builder()
              .decision(decision)
              .reasons(TextGen.shortText().generate(random))
              .legalBasis(LEGAL_BASES[random.nextInt(LEGAL_BASES.length)])
              .issuedBy(OrganizationGen.unitIds().generate(random));
      if (decision == ReviewDecision.CHANGED) {
        b.newOutcome(Gen.elements(HandlingOutcome.values()).generate(random));
      }
      return b.build();
    };
  }

  // ---------------------------------------------------------------- states

  /** States of petitions in {@code tree}, every status evenly. */
  public static Gen<PetitionState> states(JurisdictionTree tree) {
    return Gen.elements(PetitionStatus.values()).flatMap(s -> states(tree, s));
  }

  /** States in {@code status}, with the fields that status needs and times that never go backwards. */
  public static Gen<PetitionState> states(JurisdictionTree tree, PetitionStatus status) {
    Gen<Petition> petitions = petitions(tree);
    return random -> state(random, tree, petitions.generate(random), status);
  }

  private static final class Clock {
    Instant now;
    long version = 1;

    Clock(Instant start) {
      now = start;
    }

    Instant step(SplittableRandom random) {
      version++;
      int pick = random.nextInt(6);
      now = now.plus(pick == 0 ? Duration.ZERO : pick == 1 ? Duration.ofMinutes(random.nextInt(600)) : Duration.ofHours(1 + random.nextInt(24 * 20)));
      return now;
    }
  }

  static PetitionState state(SplittableRandom random, JurisdictionTree tree, Petition petition, PetitionStatus status) {
    Clock clock = new Clock(petition.receivedAt());
    PetitionState.Builder b = PetitionState.builder().petition(petition).status(status);
    if (random.nextBoolean()) {
      b.firstContactOwner(EventGen.officialIds().generate(random));
    }
    if (status == PetitionStatus.RECEIVED) {
      return b.version(clock.version).updatedAt(clock.now).build();
    }
    b.registeredAt(clock.step(random));
    if (status == PetitionStatus.WITHDRAWN || status == PetitionStatus.DECLINED || status == PetitionStatus.REGISTERED) {
      if (status != PetitionStatus.REGISTERED) {
        clock.step(random);
      }
      return b.version(clock.version).updatedAt(clock.now).build();
    }
    if (status == PetitionStatus.DIVERTED) {
      b.divertedTo(Gen.elements(LegalProcedure.values()).generate(random));
      clock.step(random);
      return b.version(clock.version).updatedAt(clock.now).build();
    }
    HandlingPlace handling = petition.filedWith();
    if (status == PetitionStatus.FORWARDED || status == PetitionStatus.ASSIGNED || random.nextBoolean()) {
      clock.step(random);
      handling = HandlingPlace.of(handling.jurisdiction(), handling.level(), OrganizationGen.unitIds().generate(random));
      b.caseOwner(EventGen.officialIds().generate(random));
    }
    Optional<Jurisdiction> parent = tree.parent(handling.jurisdiction());
    if (parent.isPresent() && random.nextInt(4) == 0) {
      Instant at = clock.step(random);
      b.addEscalations(EscalationRecord.of(at, handling.level(), parent.get().level(), random.nextBoolean() ? Optional.of("R" + random.nextInt(10)) : Optional.empty()));
      handling = HandlingPlace.of(parent.get().id(), parent.get().level());
    }
    b.handling(handling);
    if (status == PetitionStatus.FORWARDED || status == PetitionStatus.ASSIGNED) {
      return b.version(clock.version).updatedAt(clock.now).build();
    }
    Instant accepted = clock.step(random);
    b.acceptedAt(accepted);
    LocalDate acceptedDay = accepted.atZone(EventGen.ZONE).toLocalDate();
    LocalDate due = acceptedDay.plusDays(60);
    if (random.nextInt(4) == 0) {
      int days = Gen.ints(1, 30).generate(random);
      b.extension(Extension.of(days, TextGen.shortText().generate(random), EventGen.officialIds().generate(random)));
      due = due.plusDays(days);
    }
    b.dueDate(due);
    if (random.nextInt(3) == 0) {
      int raised = random.nextInt(4);
      b.callsRaised(raised).callsAnswered(raised == 0 ? 0 : random.nextInt(raised + 1));
    }
    if (random.nextInt(5) == 0) {
      b.jointMeetingConvenedAt(clock.step(random));
      if (random.nextBoolean()) {
        b.jointMeetingLeadUnit(OrganizationGen.unitIds().generate(random));
      }
    }
    b.repeatCount(random.nextInt(5) == 0 ? random.nextInt(6) : 0);
    b.supervisionCount(random.nextInt(5) == 0 ? random.nextInt(4) : 0);
    b.pausedDays(random.nextInt(6) == 0 ? random.nextInt(20) : 0);
    boolean mediated = status == PetitionStatus.IN_MEDIATION || random.nextInt(5) == 0;
    if (mediated) {
      clock.step(random);
      b.mediationCase(MediationCaseId.of("TJ-" + random.nextInt(1_000_000)));
      if (status != PetitionStatus.IN_MEDIATION) {
        clock.step(random);
        b.mediationResult(Gen.elements(MediationResult.values()).generate(random));
      }
    }
    if (status == PetitionStatus.ACCEPTED || status == PetitionStatus.IN_MEDIATION) {
      return b.version(clock.version).updatedAt(clock.now).build();
    }
    boolean replied = status.compareTo(PetitionStatus.REPLIED) >= 0 && status.compareTo(PetitionStatus.UNDER_RE_REVIEW) <= 0
        || status == PetitionStatus.FINAL || (status == PetitionStatus.CONCLUDED && random.nextInt(4) != 0);
    if (replied) {
      b.repliedAt(clock.step(random));
      b.outcome(Gen.elements(HandlingOutcome.values()).generate(random));
      if (random.nextBoolean()) {
        b.satisfaction(Gen.elements(Satisfaction.values()).generate(random));
      }
    }
    boolean review = status.compareTo(PetitionStatus.UNDER_REVIEW) >= 0 && status.compareTo(PetitionStatus.UNDER_RE_REVIEW) <= 0
        || status == PetitionStatus.FINAL;
    if (review) {
      b.reviewRequestedAt(clock.step(random));
      if (status != PetitionStatus.UNDER_REVIEW) {
        b.reviewOpinionAt(clock.step(random));
      }
      if (status == PetitionStatus.UNDER_RE_REVIEW || status == PetitionStatus.FINAL) {
        b.reReviewRequestedAt(clock.step(random));
        if (status == PetitionStatus.FINAL) {
          b.reReviewOpinionAt(clock.step(random));
        }
      }
    }
    if (status == PetitionStatus.CONCLUDED || status == PetitionStatus.FINAL) {
      clock.step(random);
    }
    return b.version(clock.version).updatedAt(clock.now).build();
  }

  // ---------------------------------------------------------------- commands

  /** The kinds of command that make sense in each status (the rules decide whether they are accepted). */
  private static List<String> plausible(PetitionStatus status) {
    switch (status) {
      case RECEIVED:
        return List.of("Register", "Decline", "Withdraw", "SetFirstContactOwner", "AssignCaseOwnership");
      case REGISTERED:
        return List.of("Accept", "Forward", "Assign", "Divert", "Decline", "Withdraw", "RaiseCall", "AssignCaseOwnership");
      case FORWARDED:
      case ASSIGNED:
        return List.of("Accept", "ObjectToAssignment", "Decline", "Divert", "Withdraw", "Supervise");
      case ACCEPTED:
        return List.of("Reply", "ApproveExtension", "RaiseCall", "AnswerCall", "ConveneJointMeeting", "DecideJointMeeting",
            "ReferToMediation", "Escalate", "Supervise", "Withdraw", "AssignCaseOwnership");
      case IN_MEDIATION:
        return List.of("ReturnFromMediation", "Supervise", "Withdraw");
      case REPLIED:
        return List.of("RecordFeedback", "RequestReview", "Close");
      case UNDER_REVIEW:
        return List.of("IssueReviewOpinion");
      case REVIEWED:
        return List.of("RequestReReview", "RecordFeedback", "Close");
      case UNDER_RE_REVIEW:
        return List.of("IssueReReviewOpinion");
      case CONCLUDED:
        return List.of("RecordFeedback", "DeclareFinal");
      default:
        return List.of("DeclareFinal", "Withdraw", "Close");
    }
  }

  private static final List<String> ALL_KINDS =
      List.of("Receive", "Register", "Accept", "Decline", "Divert", "Forward", "Assign", "SetFirstContactOwner",
          "ObjectToAssignment", "ApproveExtension", "RaiseCall", "AnswerCall", "ConveneJointMeeting",
          "DecideJointMeeting", "ReferToMediation", "ReturnFromMediation", "Escalate", "Reply", "RecordFeedback",
          "RequestReview", "IssueReviewOpinion", "RequestReReview", "IssueReReviewOpinion", "DeclareFinal",
          "Withdraw", "Close", "Supervise", "AssignCaseOwnership");

  /** The Receive commands of {@link #petitions(JurisdictionTree)}, issued when the petition was received. */
  public static Gen<PetitionCommand.Receive> receives(JurisdictionTree tree) {
    return petitions(tree).flatMap(p -> random -> PetitionCommand.Receive.builder()
        .commandId(EventGen.commandIds().generate(random))
        .issuedAt(p.receivedAt())
        .actor(EventGen.officialActors(Role.PETITION_OFFICER).generate(random))
        .petition(p)
        .build());
  }

  /**
   * Commands that make sense in {@code state}'s status, issued at or after its last update (near the due
   * date when there is one); an escalation targets the handling node's parent in {@code tree}.
   */
  public static Gen<PetitionCommand> commands(PetitionState state, JurisdictionTree tree) {
    List<String> kinds = plausible(state.status());
    return random -> command(random, kinds.get(random.nextInt(kinds.size())), state, tree);
  }

  /** Commands of every kind for {@code state}, including ones its status does not allow. */
  public static Gen<PetitionCommand> anyCommands(PetitionState state, JurisdictionTree tree) {
    return random -> command(random, ALL_KINDS.get(random.nextInt(ALL_KINDS.size())), state, tree);
  }

  private static Instant issuedAt(SplittableRandom random, PetitionState state) {
    if (random.nextInt(5) == 0) {
      return state.updatedAt();
    }
    if (state.dueDate().isPresent() && random.nextBoolean()) {
      Instant near = EventGen.instantsNear(state.dueDate().get()).generate(random);
      return near.isBefore(state.updatedAt()) ? state.updatedAt() : near;
    }
    return state.updatedAt().plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 30)));
  }

  @SuppressWarnings("MethodLength")
  static PetitionCommand command(SplittableRandom random, String kind, PetitionState state, JurisdictionTree tree) {
    CommandId cid = EventGen.commandIds().generate(random);
    Instant at = issuedAt(random, state);
    Actor actor = EventGen.officialActors(Role.PETITION_OFFICER, Role.SECTION_LEVEL_CADRE, Role.DEPARTMENT_STAFF).generate(random);
    Actor petitioner = Actor.person(state.petition().petitioners().get(0).person());
    PetitionId pid = state.id();
    LocalDate today = at.atZone(EventGen.ZONE).toLocalDate();
    switch (kind) {
      case "Receive":
        return PetitionCommand.Receive.builder().commandId(cid).issuedAt(at).actor(actor).petition(state.petition()).build();
      case "Register":
        return PetitionCommand.Register.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid).build();
      case "Accept":
        return PetitionCommand.Accept.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid).build();
      case "Decline":
        return PetitionCommand.Decline.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .reason(TextGen.shortText().generate(random)).build();
      case "Divert": {
        PetitionCommand.Divert.Builder b = PetitionCommand.Divert.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .procedure(Gen.elements(LegalProcedure.values()).generate(random));
        if (random.nextBoolean()) {
          b.note(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "Forward":
        return PetitionCommand.Forward.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .to(withUnit(random, state.handling())).build();
      case "Assign":
        return PetitionCommand.Assign.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .to(withUnit(random, state.handling()))
            .caseOwner(EventGen.officialIds().generate(random))
            .dueDate(today.plusDays(Gen.ints(1, 15).generate(random))).build();
      case "SetFirstContactOwner":
        return PetitionCommand.SetFirstContactOwner.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .owner(EventGen.officialIds().generate(random)).build();
      case "ObjectToAssignment":
        return PetitionCommand.ObjectToAssignment.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .unit(state.handling().unit().orElse(OrganizationGen.unitIds().generate(random)))
            .reason(TextGen.shortText().generate(random)).build();
      case "ApproveExtension":
        return PetitionCommand.ApproveExtension.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .extension(Extension.of(Gen.ints(1, 30).generate(random), TextGen.shortText().generate(random), EventGen.officialIds().generate(random)))
            .build();
      case "RaiseCall":
        return PetitionCommand.RaiseCall.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .level(state.handlingLevel())
            .units(Set.copyOf(OrganizationGen.unitIds().list(0, 3).generate(random)))
            .reason(TextGen.shortText().generate(random)).build();
      case "AnswerCall": {
        PetitionCommand.AnswerCall.Builder b = PetitionCommand.AnswerCall.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .unit(OrganizationGen.unitIds().generate(random));
        if (random.nextBoolean()) {
          b.note(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "ConveneJointMeeting":
        return PetitionCommand.ConveneJointMeeting.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .units(Set.of(UnitId.of("U-a-" + random.nextInt(1000)), UnitId.of("U-b-" + random.nextInt(1000)))).build();
      case "DecideJointMeeting":
        return PetitionCommand.DecideJointMeeting.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .decision(TextGen.shortText().generate(random))
            .leadUnit(OrganizationGen.unitIds().generate(random)).build();
      case "ReferToMediation":
        return PetitionCommand.ReferToMediation.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .mediationCase(MediationCaseId.of("TJ-" + random.nextInt(1_000_000))).build();
      case "ReturnFromMediation": {
        PetitionCommand.ReturnFromMediation.Builder b = PetitionCommand.ReturnFromMediation.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .result(Gen.elements(MediationResult.values()).generate(random));
        if (random.nextBoolean()) {
          b.note(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "Escalate": {
        JurisdictionLevel from = state.handlingLevel();
        Optional<Jurisdiction> parent = tree.find(state.handling().jurisdiction()).flatMap(j -> tree.parent(j.id()));
        if (parent.isEmpty() || !parent.get().level().isAbove(from)) {
          return command(random, "Supervise", state, tree);
        }
        PetitionCommand.Escalate.Builder b = PetitionCommand.Escalate.builder().commandId(cid).issuedAt(at).petitionId(pid)
            .fromLevel(from)
            .to(HandlingPlace.of(parent.get().id(), parent.get().level()))
            .reason(TextGen.shortText().generate(random));
        if (random.nextBoolean()) {
          b.actor(Actor.system("escalation:test@1")).policyId("zxd-escalation").policyVersion("1").ruleId("R" + random.nextInt(10))
              .explanation("overdue by 3 days");
        } else {
          b.actor(actor);
        }
        return b.build();
      }
      case "Reply":
        return PetitionCommand.Reply.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .opinion(handlingOpinions().generate(random))
            .deliveredAt(at.plus(Duration.ofHours(random.nextInt(72)))).build();
      case "RecordFeedback": {
        PetitionCommand.RecordFeedback.Builder b = PetitionCommand.RecordFeedback.builder().commandId(cid).issuedAt(at).actor(petitioner).petitionId(pid)
            .satisfaction(Gen.elements(Satisfaction.values()).generate(random));
        if (random.nextBoolean()) {
          b.comment(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "RequestReview": {
        PetitionCommand.RequestReview.Builder b = PetitionCommand.RequestReview.builder().commandId(cid).issuedAt(at).actor(petitioner).petitionId(pid);
        if (random.nextBoolean()) {
          b.reason(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "IssueReviewOpinion":
        return PetitionCommand.IssueReviewOpinion.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .opinion(reviewOpinions().generate(random))
            .deliveredAt(at.plus(Duration.ofHours(random.nextInt(72)))).build();
      case "RequestReReview": {
        PetitionCommand.RequestReReview.Builder b = PetitionCommand.RequestReReview.builder().commandId(cid).issuedAt(at).actor(petitioner).petitionId(pid);
        if (random.nextBoolean()) {
          b.reason(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "IssueReReviewOpinion":
        return PetitionCommand.IssueReReviewOpinion.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .opinion(reviewOpinions().generate(random))
            .deliveredAt(at.plus(Duration.ofHours(random.nextInt(72))))
            .hearingDays(random.nextInt(3) == 0 ? random.nextInt(15) : 0).build();
      case "DeclareFinal": {
        PetitionCommand.DeclareFinal.Builder b = PetitionCommand.DeclareFinal.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid);
        if (random.nextBoolean()) {
          b.sameFactsAs(petitionIds().generate(random));
        }
        return b.build();
      }
      case "Withdraw": {
        PetitionCommand.Withdraw.Builder b = PetitionCommand.Withdraw.builder().commandId(cid).issuedAt(at).actor(petitioner).petitionId(pid);
        if (random.nextBoolean()) {
          b.reason(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "Close": {
        PetitionCommand.Close.Builder b = PetitionCommand.Close.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid);
        if (random.nextBoolean()) {
          b.note(TextGen.shortText().generate(random));
        }
        return b.build();
      }
      case "Supervise": {
        PetitionCommand.Supervise.Builder b = PetitionCommand.Supervise.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .supervisor(OrganizationGen.unitIds().generate(random))
            .instructions(TextGen.shortText().generate(random));
        if (random.nextBoolean()) {
          b.dueDate(today.plusDays(1 + random.nextInt(15)));
        }
        return b.build();
      }
      case "AssignCaseOwnership":
        return PetitionCommand.AssignCaseOwnership.builder().commandId(cid).issuedAt(at).actor(actor).petitionId(pid)
            .leader(EventGen.officialIds().generate(random)).build();
      default:
        throw new IllegalArgumentException("unknown command kind " + kind);
    }
  }

  private static HandlingPlace withUnit(SplittableRandom random, HandlingPlace place) {
    return HandlingPlace.of(place.jurisdiction(), place.level(), OrganizationGen.unitIds().generate(random));
  }
}
