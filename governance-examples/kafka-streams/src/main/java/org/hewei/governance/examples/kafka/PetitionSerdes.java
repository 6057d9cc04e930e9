package org.hewei.governance.examples.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.examples.json.HeweiJson;

/**
 * 编解码工厂 — the {@link Serde}s of the petition topology in one place: commands, events and states
 * (in the versioned JSON form of {@link HeweiJson}: {@link #json()}, or given: {@link #of}), the {@link PetitionKey} as its UTF-8 text {@code <county>/<petition>}, and the
 * example's own records ({@link RejectedCommand}, {@link TownshipReport}) as JSON.
 *
 * <pre>{@code
 * PetitionSerdes serdes = PetitionSerdes.json();
 * serdes.keys().serializer().serialize(Topics.COMMANDS, key); // "370883000000/XF-000001" in UTF-8
 * }</pre>
 */
public final class PetitionSerdes {
  private final Serde<PetitionCommand> commands;
  private final Serde<PetitionEvent> events;
  private final Serde<PetitionState> states;
  private final Serde<PetitionKey> keys;
  private final Serde<RejectedCommand> rejections = RecordJsonSerde.of(RejectedCommand.class);
  private final Serde<TownshipReport> reports = RecordJsonSerde.of(TownshipReport.class);

  private PetitionSerdes(Serde<PetitionCommand> commands, Serde<PetitionEvent> events, Serde<PetitionState> states) {
    this.commands = commands;
    this.events = events;
    this.states = states;
    this.keys = Serdes.serdeFrom(
        (topic, key) -> key == null ? null : key.encode().getBytes(StandardCharsets.UTF_8),
        (topic, bytes) -> bytes == null ? null : PetitionKey.parse(new String(bytes, StandardCharsets.UTF_8)));
  }

  /** The serdes with these for commands, events and states. */
  public static PetitionSerdes of(Serde<PetitionCommand> commands, Serde<PetitionEvent> events, Serde<PetitionState> states) {
    return new PetitionSerdes(
        Checks.required("commands", commands), Checks.required("events", events), Checks.required("states", states));
  }

  /** The serdes in the standard versioned JSON form ({@link HeweiJson#standard()}). */
  public static PetitionSerdes json() {
    return json(HeweiJson.standard());
  }

  /** The serdes in {@code json}'s form (e.g. with the application's upcasters). */
  public static PetitionSerdes json(HeweiJson json) {
    Checks.required("json", json);
    return of(HeweiJsonSerde.of(json, PetitionCommand.class), HeweiJsonSerde.of(json, PetitionEvent.class),
        HeweiJsonSerde.of(json, PetitionState.class));
  }

  /** Petition commands. */
  public Serde<PetitionCommand> commands() {
    return commands;
  }

  /** Petition events. */
  public Serde<PetitionEvent> events() {
    return events;
  }

  /** Petition states (the state store's values). */
  public Serde<PetitionState> states() {
    return states;
  }

  /** Record keys. */
  public Serde<PetitionKey> keys() {
    return keys;
  }

  /** Rejected commands. */
  public Serde<RejectedCommand> rejections() {
    return rejections;
  }

  /** Township day reports. */
  public Serde<TownshipReport> reports() {
    return reports;
  }
}
