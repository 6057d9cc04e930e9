package org.hewei.governance.examples.kafka;

import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * 受理决策 — the decider as a stream processor: for each command, {@code decide} against the
 * petition's state from the store; when accepted, fold the events into the state, put it back in the
 * store (its changelog is the state update) and forward each event to the events sink; when
 * refused, forward a {@link RejectedCommand} to the rejections sink. A command whose key names another
 * county than the petition's is refused with rule {@link #WRONG_COUNTY} (it sits in the wrong
 * partition). The lifecycle is pure, so reprocessing a command against the state restored from the
 * changelog gives the same events.
 *
 * <pre>{@code
 * topology.addProcessor(PetitionTopology.DECIDE, () -> new DecideProcessor(lifecycle, tree), PetitionTopology.COMMANDS);
 * }</pre>
 */
final class DecideProcessor implements Processor<PetitionKey, PetitionCommand, PetitionKey, Object> {
  /** The rule code of a command keyed with another county than its petition's. */
  static final String WRONG_COUNTY = "kafka.key.wrong-county";

  private final PetitionLifecycle lifecycle;
  private final JurisdictionTree tree;
  private @Nullable ProcessorContext<PetitionKey, Object> context;
  private @Nullable KeyValueStore<String, PetitionState> states;

  DecideProcessor(PetitionLifecycle lifecycle, JurisdictionTree tree) {
    this.lifecycle = lifecycle;
    this.tree = tree;
  }

  @Override
  public void init(ProcessorContext<PetitionKey, Object> context) {
    this.context = context;
    this.states = context.getStateStore(Topics.STATES_STORE);
  }

  @Override
  public void process(Record<PetitionKey, PetitionCommand> record) {
    PetitionCommand command = record.value();
    PetitionKey key = record.key();
    if (command == null || key == null) {
      return;
    }
    ProcessorContext<PetitionKey, Object> ctx = bound(context);
    KeyValueStore<String, PetitionState> store = bound(states);
    String id = command.petitionId().value();
    Optional<PetitionState> state = Optional.ofNullable(store.get(id));
    Optional<String> owner = owner(state, command);
    if (owner.isPresent() && !owner.get().equals(key.county())) {
      Rejection wrong = Rejection.of(command.commandId(), WRONG_COUNTY,
          "the key names county " + key.county() + " but the petition belongs to " + owner.get());
      ctx.forward(record.withValue(RejectedCommand.of(command, wrong)), PetitionTopology.REJECTIONS);
      return;
    }
    Decision<PetitionEvent> decision = lifecycle.decide(state, command);
    Optional<Rejection> rejection = decision.rejection();
    if (rejection.isPresent()) {
      ctx.forward(record.withValue(RejectedCommand.of(command, rejection.get())), PetitionTopology.REJECTIONS);
      return;
    }
    Optional<PetitionState> next = state;
    for (PetitionEvent event : decision.events()) {
      next = Optional.of(lifecycle.evolve(next, event));
    }
    next.ifPresent(s -> store.put(id, s));
    for (PetitionEvent event : decision.events()) {
      ctx.forward(record.withValue(event), PetitionTopology.EVENTS);
    }
  }

  /** The county the petition belongs to, when the state or the command (a receipt) names a known place. */
  private Optional<String> owner(Optional<PetitionState> state, PetitionCommand command) {
    if (state.isPresent()) {
      return Optional.of(PetitionKey.county(tree, state.get().petition().arisenIn()));
    }
    if (command instanceof PetitionCommand.Receive receive && tree.has(receive.petition().arisenIn())) {
      return Optional.of(PetitionKey.county(tree, receive.petition().arisenIn()));
    }
    return Optional.empty();
  }

  static <T> T bound(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the processor is used before init");
    }
    return value;
  }
}
