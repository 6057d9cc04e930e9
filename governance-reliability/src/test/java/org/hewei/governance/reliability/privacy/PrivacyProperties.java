package org.hewei.governance.reliability.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.ListSubject;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.reliability.logging.CapturedEvent;
import org.hewei.governance.reliability.logging.CapturingLogs;
import org.hewei.governance.reliability.support.ObjectGraph;
import org.hewei.governance.rules.access.AccessControl;
import org.hewei.governance.rules.access.AccessPolicy;
import org.hewei.governance.rules.access.Viewer;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.lifecycle.Decider;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.KeyPersonLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.rules.report.Ledger;
import org.hewei.governance.rules.report.LedgerInput;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.KeyPersonGen;
import org.hewei.governance.testkit.generate.MediationGen;
import org.hewei.governance.testkit.generate.OrganizationGen;
import org.hewei.governance.testkit.generate.OutreachGen;
import org.hewei.governance.testkit.generate.PersonGen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Privacy: for every seed, a generated place's persons, petitions (accusations and collective ones
 * included), mediation cases, key-person records, errands and officials are run through the petition
 * and key-person lifecycles, access control (every official × every record) and the ledger, with every
 * SLF4J logger capturing at DEBUG and TRACE. No personal datum (name, citizen ID, personal phone,
 * address) and no key-person category of a named person may appear in: the {@code toString} of any value
 * reachable from the inputs, commands, decisions, rejections, events, states, access decisions and views,
 * reports; any exception message (including the parsers' refusals of mutated personal data); any
 * captured log event (pattern, rendered arguments, formatted message, throwable).
 */
class PrivacyProperties {
  static final List<JurisdictionTree> TREES =
      IntStream.range(0, 4).mapToObj(i -> JurisdictionGen.trees().sample(9_000L + i)).toList();
  static final KeyPersonCatalogue CATALOGUE = KeyPersonCatalogue.defaults();
  static final JointVisitSchedule VISITS = JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland());
  static final AtomicLong SCANNED_TEXTS = new AtomicLong();
  static final AtomicLong SCANNED_LOG_EVENTS = new AtomicLong();
  static final AtomicLong DEBUG_EVENTS = new AtomicLong();
  static final AtomicLong DATA = new AtomicLong();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @BeforeAll
  static void loggingIsCaptured() {
    CapturingLogs.clear();
    org.slf4j.LoggerFactory.getLogger(PrivacyProperties.class).debug("capture check {}", "ok");
    assertThat(CapturingLogs.events()).as("the capturing SLF4J provider is the one bound")
        .anySatisfy(e -> assertThat(e.formatted()).isEqualTo("capture check ok"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noPersonalDatumInToStringMessagesOrLogs(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    JurisdictionTree tree = TREES.get((int) (seed % TREES.size()));
    List<Object> inputs = new ArrayList<>();
    List<Person> persons = PersonGen.persons(tree).list(3, 3).generate(random);
    List<PetitionState> petitions = new ArrayList<>(PetitionGen.states(tree).list(2, 2).generate(random));
    List<MediationCaseState> cases = MediationGen.caseStates(tree).list(1, 2).generate(random);
    List<KeyPersonRecordState> records = KeyPersonGen.records(tree).list(2, 3).generate(random);
    List<ErrandState> errands = OutreachGen.errandStates(tree).list(1, 1).generate(random);
    List<Official> officials = OrganizationGen.officials(tree).list(3, 3).generate(random);
    ListSubject listing = KeyPersonGen.listSubjects(tree).generate(random);
    inputs.addAll(persons);
    inputs.addAll(petitions);
    inputs.add(PetitionGen.accusations(tree).generate(random));
    inputs.add(PetitionGen.collectivePetitions(tree).generate(random));
    inputs.addAll(cases);
    inputs.addAll(records);
    inputs.addAll(errands);
    inputs.addAll(officials);
    inputs.add(listing);
    PersonalData personal = PersonalData.of(inputs);
    DATA.addAndGet(personal.size());

    List<Object> outputs = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    CapturingLogs.clear();

    PetitionLifecycle petitionLifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(tree));
    for (PetitionState state : petitions) {
      PetitionState s = state;
      for (int i = 0; i < 6; i++) {
        PetitionCommand c = PetitionGen.anyCommands(s, tree).generate(random);
        outputs.add(c);
        s = decideAndApply(petitionLifecycle, s, c, outputs, messages);
      }
    }
    KeyPersonLifecycle keyPersons = KeyPersonLifecycle.of(CATALOGUE);
    Optional<KeyPersonRecordState> listed = apply(keyPersons, Optional.empty(), listing, outputs, messages);
    for (KeyPersonRecordState record : records) {
      Optional<KeyPersonRecordState> r = Optional.of(record);
      for (int i = 0; i < 4; i++) {
        KeyPersonCommand c = KeyPersonGen.commands(r.orElseThrow()).generate(random);
        outputs.add(c);
        r = apply(keyPersons, r, c, outputs, messages);
      }
    }
    listed.ifPresent(outputs::add);

    AccessControl access = AccessControl.of(AccessPolicy.defaults(), tree, CATALOGUE);
    for (Official o : officials) {
      Viewer viewer = Viewer.of(o);
      petitions.forEach(p -> outputs.add(access.petition(viewer, p)));
      records.forEach(r -> outputs.add(access.keyPersonRecord(viewer, r)));
      cases.forEach(c -> outputs.add(access.mediationCase(viewer, c)));
      persons.forEach(p -> outputs.add(access.person(viewer, p)));
      outputs.add(viewer);
    }

    LocalDate from = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900));
    try {
      outputs.add(Ledger.of(tree, CATALOGUE, VISITS).report(tree.root().id(), DateRange.of(from, from.plusDays(180)),
          from.plusDays(200), LedgerInput.builder().petitions(petitions).mediationCases(cases).keyPersonRecords(records)
              .errands(errands).build()));
    } catch (InvalidValueException e) {
      messages.add(e.getMessage());
    }

    for (Person p : persons) {
      refusalMessages(p, messages);
    }

    List<String> leaks = new ArrayList<>();
    for (Object o : ObjectGraph.reachable(concat(inputs, outputs), 1_000)) {
      if (ObjectGraph.isDomain(o.getClass()) || o instanceof Decision<?> || o instanceof Throwable) {
        String text = String.valueOf(o);
        SCANNED_TEXTS.incrementAndGet();
        personal.findIn(o, text).forEach(f -> leaks.add(f + " in toString of " + o.getClass().getSimpleName() + ": " + text));
      }
    }
    for (String m : messages) {
      SCANNED_TEXTS.incrementAndGet();
      personal.findIn(String.valueOf(m)).forEach(f -> leaks.add(f + " in exception message: " + m));
    }
    for (CapturedEvent e : CapturingLogs.events()) {
      SCANNED_LOG_EVENTS.incrementAndGet();
      if (e.level() == org.slf4j.event.Level.DEBUG) {
        DEBUG_EVENTS.incrementAndGet();
      }
      personal.findIn(e.allText()).forEach(f -> leaks.add(f + " in " + e.level() + " log of " + e.logger() + ": " + e.formatted()));
    }
    assertThat(leaks).as("personal data shown").isEmpty();
  }

  /** The parsers' refusals of mutated personal data do not echo the datum. */
  private static void refusalMessages(Person p, List<String> messages) {
    List<Runnable> attempts = new ArrayList<>();
    p.citizenId().ifPresent(id -> {
      String v = id.value();
      attempts.add(() -> CitizenId.parse(v.substring(0, 17) + (v.charAt(17) == '0' ? '1' : '0')));
      attempts.add(() -> CitizenId.parse(v + "9"));
      attempts.add(() -> CitizenId.parse(v.substring(0, 9) + "\u200B" + v.substring(9)));
    });
    p.phone().filter(PhoneNumber::isPersonal).ifPresent(ph -> {
      String v = ph.value();
      attempts.add(() -> PhoneNumber.parse(v + "12"));
      attempts.add(() -> PhoneNumber.parse(v + "\u3000"));
    });
    String name = p.name().value();
    attempts.add(() -> PersonName.of(name + "\u0000"));
    attempts.add(() -> PersonName.of(name.repeat(60)));
    p.address().ifPresent(a -> attempts.add(() -> Address.of(a.text() + "\u0007")));
    for (Runnable attempt : attempts) {
      try {
        attempt.run();
      } catch (InvalidValueException e) {
        messages.add(e.getMessage());
        messages.add(e.toString());
      }
    }
  }

  private static PetitionState decideAndApply(PetitionLifecycle lifecycle, PetitionState state, PetitionCommand c,
      List<Object> outputs, List<String> messages) {
    return apply(lifecycle, Optional.of(state), c, outputs, messages).orElse(state);
  }

  private static <S, C extends org.hewei.governance.core.event.DomainCommand, E extends DomainEvent> Optional<S> apply(
      Decider<S, C, E> lifecycle, Optional<S> state, C command, List<Object> outputs, List<String> messages) {
    try {
      Decision<E> d = lifecycle.decide(state, command);
      outputs.add(d);
      d.rejection().ifPresent(outputs::add);
      Optional<S> s = state;
      for (E e : d.events()) {
        outputs.add(e);
        s = Optional.of(lifecycle.evolve(s, e));
      }
      s.ifPresent(outputs::add);
      try {
        d.eventsOrThrow();
      } catch (RuntimeException e) {
        messages.add(e.getMessage());
      }
      return s;
    } catch (InvalidValueException e) {
      messages.add(e.getMessage());
      return state;
    }
  }

  private static List<Object> concat(List<Object> a, List<Object> b) {
    List<Object> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The property above can fail: a leak planted in a log line is found. */
  @Test
  void aPlantedLeakIsFound() {
    Person p = java.util.stream.LongStream.range(0, 1_000).mapToObj(PersonGen.persons()::sample)
        .filter(x -> x.name().value().codePointCount(0, x.name().value().length()) >= 2).findFirst().orElseThrow();
    PersonalData data = PersonalData.of(List.of(p));
    CapturingLogs.clear();
    org.slf4j.LoggerFactory.getLogger("planted").debug("petitioner {}", p.name().value());
    assertThat(CapturingLogs.events()).singleElement()
        .satisfies(e -> assertThat(data.findIn(e.allText())).isNotEmpty());
    assertThat(data.findIn(p.toString())).isEmpty();
  }

  @AfterAll
  static void somethingWasScanned() {
    System.out.printf("[privacy] %,d personal data, %,d texts and %,d log events (%,d DEBUG) scanned%n",
        DATA.get(), SCANNED_TEXTS.get(), SCANNED_LOG_EVENTS.get(), DEBUG_EVENTS.get());
    System.out.println("[privacy] " + org.hewei.governance.reliability.support.Load.describe());
    assertThat(DATA.get()).isGreaterThan(1_000);
    assertThat(DEBUG_EVENTS.get()).as("DEBUG logging was exercised").isGreaterThan(1_000);
  }

}
