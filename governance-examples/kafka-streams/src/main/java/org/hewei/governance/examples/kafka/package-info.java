/**
 * 横向扩展 — the petition decider, the escalation engine and the ledger deployed on Kafka Streams: a
 * copyable example of running Hewei for a prefecture or a province across many JVMs (example; not
 * published).
 *
 * <p>{@link org.hewei.governance.examples.kafka.PetitionTopology} wires it: commands in, {@code decide}
 * against the petition's state in a key-value store, events (and rejections) out; a daily escalation
 * round on stream time whose commands go back into the commands topic; a daily report per township.
 * {@link org.hewei.governance.examples.kafka.PetitionStreamsApp} runs it against a cluster.
 *
 * <p>Decisions written down here:
 *
 * <ul>
 *   <li><b>Partition by county.</b> Records are keyed by {@link
 *       org.hewei.governance.examples.kafka.PetitionKey} (county + petition) and every sink uses {@link
 *       org.hewei.governance.examples.kafka.CountyPartitioner}, which hashes the county only. A county
 *       is the unit of ownership because the jurisdiction tree nests: its townships, management
 *       districts, villages and grid cells, and so every petition arising in them, the escalation
 *       targets (township centres and heads) and the township reports, live in one task. A finer key (a
 *       township) would spread a county over tasks for no gain; a coarser one (a prefecture) would cap
 *       the parallelism at the number of prefectures. Producers must use the same partitioner.
 *   <li><b>No repartition topic.</b> The commands topic is required to be partitioned by county
 *       already (producers know where a matter arose: it is on the receipt); a command keyed with a
 *       county other than its petition's is refused ({@code kafka.key.wrong-county}) rather than
 *       silently decided in a task that does not own the petition.
 *   <li><b>Stream time, not wall clock.</b> A command's timestamp is its {@code issuedAt} ({@link
 *       org.hewei.governance.examples.kafka.IssuedAtExtractor}); the escalation round (17:00) and the
 *       report (00:00) run when a task's stream time reaches them ({@link
 *       org.hewei.governance.examples.kafka.DailySchedule}), evaluated at that stream time. Quiet
 *       partitions are moved on by ticks on the {@code hewei.clock} topic (co-partitioned with the
 *       commands). Replays therefore run the same rounds at the same instants.
 *   <li><b>The loop.</b> Escalation commands are written to the commands topic, not applied in the
 *       punctuator: every state change goes through the one decider path, is logged as a command, and
 *       is refused like any other when the state has moved on. The round's commands and ids come from
 *       the town simulation's {@code EscalationRound} (shared, not copied), so the deployment and the
 *       in-memory simulation issue the same commands.
 *   <li><b>Idempotency.</b> The next due instant of each daily duty is kept in a store; the engine
 *       does not repeat a rule whose effect the state records until its cool-down has passed; command
 *       ids derive from the round's day, petition and rule, and event ids from command ids. With
 *       exactly-once ({@link org.hewei.governance.examples.kafka.StreamsSettings}) the duty marker, the
 *       round's commands, the state changelog and the offsets commit atomically.
 *   <li><b>Scans, not indexes.</b> The round and the report read every state of the task's store once
 *       a day; fine for a county's petitions (tens of thousands), and the one place to add an
 *       open-petitions index store if a task ever holds millions.
 *   <li><b>Serialization.</b> Commands, events and states travel in the versioned JSON form of {@code
 *       governance-examples-json} ({@link org.hewei.governance.examples.kafka.PetitionSerdes#json()});
 *       rejections and reports are this example's own small JSON records. Keys and values carry ids,
 *       codes and figures; personal data stays inside the petition values, never in keys, logs or
 *       reports.
 * </ul>
 *
 * <pre>{@code
 * Topology topology = PetitionTopology.forTown(SampleTown.county(42L, 5), PetitionSerdes.json()).build();
 * new KafkaStreams(topology, StreamsSettings.exactlyOnce("hewei-petitions", "localhost:9092", 1)).start();
 * }</pre>
 */
@NullMarked
package org.hewei.governance.examples.kafka;

import org.jspecify.annotations.NullMarked;
