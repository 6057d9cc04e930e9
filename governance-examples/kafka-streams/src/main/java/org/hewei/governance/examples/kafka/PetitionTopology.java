package org.hewei.governance.examples.kafka;

import java.time.LocalTime;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.examples.simulation.EscalationRound;
import org.hewei.governance.examples.simulation.PetitionTraffic;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.report.Ledger;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 信访流处理拓扑 — the petition decider, the escalation round and the daily township report as one
 * Kafka Streams {@link Topology}:
 *
 * <pre>
 *   hewei.petition.commands ─▶ decide ─▶ hewei.petition.events
 *        ▲                    │  ╲──▶ hewei.petition.rejections
 *        │               [states store] (changelog = the state update)
 *        │                    │
 *   hewei.clock ───────▶ daily duties ── 17:00 escalation round ──┘ (commands back into the loop)
 *                             └──────── 00:00 township report ─▶ hewei.petition.reports
 * </pre>
 *
 * <p><b>Partitioning follows the jurisdiction tree.</b> Every record is keyed by {@link PetitionKey}
 * (county + petition) and every sink uses {@link CountyPartitioner}, which hashes only the county: a
 * partition owns whole counties. Both processors share the states store, so they form one
 * sub-topology: the task of partition p holds the states of exactly the counties hashed to p, decides
 * their commands, runs their escalation round and reports their townships, without a repartition topic
 * or a remote lookup (townships and villages lie inside one county by construction of the tree).
 *
 * <p><b>Time is stream time.</b> Command records are stamped with {@code issuedAt} ({@link
 * IssuedAtExtractor}); the duties run when the task's stream time reaches their instant, never on the
 * wall clock, so a replay of the same input runs the same rounds at the same instants. A partition
 * without traffic does not advance: a ticker writes a record to every partition of {@link Topics#CLOCK}
 * (e.g. once a minute) to move its stream time.
 *
 * <p><b>Replay and rebalancing are safe</b> because the core is pure: {@code decide} and {@code
 * evolve} depend on the state and the command only, and the escalation engine on the states and the
 * instant only. A task restored on another instance from the changelog, reprocessing the commands
 * after the last committed offset, produces the same events and the same round's commands with the
 * same ids (see {@link StreamsSettings} for what exactly-once adds).
 *
 * <pre>{@code
 * Topology topology = PetitionTopology.forTown(SampleTown.county(42L, 5), serdes).build();
 * new KafkaStreams(topology, StreamsSettings.exactlyOnce("hewei-petitions", "localhost:9092")).start();
 * }</pre>
 */
public final class PetitionTopology {
  /** The source node of {@link Topics#COMMANDS}. */
  public static final String COMMANDS = "commands";
  /** The source node of {@link Topics#CLOCK}. */
  public static final String CLOCK = "clock";
  /** The decider node. */
  public static final String DECIDE = "decide";
  /** The daily-duties node (escalation round and report). */
  public static final String DUTIES = "daily-duties";
  /** The sink node of {@link Topics#EVENTS}. */
  public static final String EVENTS = "events";
  /** The sink node of {@link Topics#REJECTIONS}. */
  public static final String REJECTIONS = "rejections";
  /** The sink node of the escalation commands, back into {@link Topics#COMMANDS}. */
  public static final String LOOP = "escalation-loop";
  /** The sink node of {@link Topics#REPORTS}. */
  public static final String REPORTS = "reports";

  private final JurisdictionTree tree;
  private final PetitionLifecycle lifecycle;
  private final EscalationRound round;
  private final Ledger ledger;
  private final DailySchedule escalation;
  private final DailySchedule report;
  private final PetitionSerdes serdes;

  private PetitionTopology(JurisdictionTree tree, PetitionLifecycle lifecycle, EscalationRound round, Ledger ledger,
      DailySchedule escalation, DailySchedule report, PetitionSerdes serdes) {
    this.tree = tree;
    this.lifecycle = lifecycle;
    this.round = round;
    this.ledger = ledger;
    this.escalation = escalation;
    this.report = report;
    this.serdes = serdes;
  }

  /**
   * The topology for {@code town}: the town simulation's lifecycle ({@link PetitionTraffic#lifecycle}),
   * the default three-level-response round at 17:00 ({@link EscalationRound#threeLevelResponse}), the
   * ledger with the town's key-person catalogue and the seed's joint-visit days, reports at midnight,
   * all in China Standard Time.
   */
  public static PetitionTopology forTown(SampleTown town, PetitionSerdes serdes) {
    JurisdictionTree tree = town.tree();
    Ledger ledger = Ledger.of(tree, town.catalogue(), JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland()))
        .withZone(EscalationRound.ZONE);
    return of(tree, PetitionTraffic.lifecycle(tree), EscalationRound.threeLevelResponse(town), ledger,
        DailySchedule.at(EscalationRound.EVENING, EscalationRound.ZONE),
        DailySchedule.at(LocalTime.MIDNIGHT, EscalationRound.ZONE), serdes);
  }

  /** A topology with every part given. */
  public static PetitionTopology of(JurisdictionTree tree, PetitionLifecycle lifecycle, EscalationRound round,
      Ledger ledger, DailySchedule escalation, DailySchedule report, PetitionSerdes serdes) {
    return new PetitionTopology(Checks.required("tree", tree), Checks.required("lifecycle", lifecycle),
        Checks.required("round", round), Checks.required("ledger", ledger), Checks.required("escalation", escalation),
        Checks.required("report", report), Checks.required("serdes", serdes));
  }

  /** The serdes. */
  public PetitionSerdes serdes() {
    return serdes;
  }

  /** A new {@link Topology} (each call builds a fresh one). */
  public Topology build() {
    StoreBuilder<KeyValueStore<String, PetitionState>> states = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(Topics.STATES_STORE), Serdes.String(), serdes.states());
    StoreBuilder<KeyValueStore<String, Long>> duties = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(Topics.DUTIES_STORE), Serdes.String(), Serdes.Long());
    Topology t = new Topology();
    t.addSource(AutoOffsetReset.earliest(), COMMANDS, new IssuedAtExtractor(), serdes.keys().deserializer(),
        serdes.commands().deserializer(), Topics.COMMANDS);
    t.addSource(CLOCK, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(), Topics.CLOCK);
    t.addProcessor(DECIDE, () -> new DecideProcessor(lifecycle, tree), COMMANDS);
    t.addProcessor(DUTIES, () -> new DailyDutyProcessor(round, ledger, escalation, report, tree), CLOCK);
    t.addStateStore(states, DECIDE, DUTIES);
    t.addStateStore(duties, DUTIES);
    t.addSink(EVENTS, Topics.EVENTS, serdes.keys().serializer(), serdes.events().serializer(),
        CountyPartitioner.byPetitionKey(), DECIDE);
    t.addSink(REJECTIONS, Topics.REJECTIONS, serdes.keys().serializer(), serdes.rejections().serializer(),
        CountyPartitioner.byPetitionKey(), DECIDE);
    t.addSink(LOOP, Topics.COMMANDS, serdes.keys().serializer(), serdes.commands().serializer(),
        CountyPartitioner.byPetitionKey(), DUTIES);
    t.addSink(REPORTS, Topics.REPORTS, Serdes.String().serializer(), serdes.reports().serializer(),
        CountyPartitioner.byCountyPrefix(), DUTIES);
    return t;
  }
}
