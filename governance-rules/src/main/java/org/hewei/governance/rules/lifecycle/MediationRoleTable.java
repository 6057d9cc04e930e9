package org.hewei.governance.rules.lifecycle;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.organization.Role;

/**
 * 调解岗位职责表 — which official roles may issue which {@link MediationCommand}. This is local practice
 * (the 人民调解法 names committees and mediators, not township roles), so it is a configurable default:
 * {@link #defaults()} and {@link #with}.
 *
 * <table>
 *   <caption>default role table</caption>
 *   <tr><th>command</th><th>roles</th><th>why</th></tr>
 *   <tr><td>Open 受理调解</td><td>调解员, 司法所, 民警, 信访干部, 综治, 村干部, 支部书记</td>
 *       <td>cases come from screening, police (警调对接) and petitions (访调对接), Art 17–18</td></tr>
 *   <tr><td>AssignMediator 指定调解员</td><td>调解员, 司法所, 综治, 支部书记, 民警</td>
 *       <td>the committee (or the police-station room) designates mediators, Art 19</td></tr>
 *   <tr><td>RecordConsent, RecordRefusal</td><td>调解员, 司法所, 民警; or the party itself (a person actor)</td>
 *       <td>consent and refusal are the party's own rights, Art 23(2)</td></tr>
 *   <tr><td>HoldSession, RecordOutcome, RecordAgreement, Close</td><td>调解员, 司法所, 民警</td>
 *       <td>the mediator records the work and the agreement, Art 27–29</td></tr>
 *   <tr><td>ApplyForJudicialConfirmation, RecordJudicialConfirmation</td><td>调解员, 司法所</td>
 *       <td>the committee helps the parties apply and records the court's decision, Art 33</td></tr>
 *   <tr><td>SettleOnSite, TransferToMediationRoom</td><td>民警</td><td>警调对接: the officers at the call-out</td></tr>
 *   <tr><td>ReturnToPetition</td><td>信访干部, 调解员, 司法所, 综治</td><td>访调对接: back to the petition office</td></tr>
 * </table>
 *
 * <p>A {@linkplain Actor.Kind#PERSON person} actor may only record his or her own consent or refusal;
 * a {@linkplain Actor.Kind#SYSTEM system} actor may issue nothing (an import writes events directly).
 *
 * <pre>{@code
 * MediationRoleTable roles = MediationRoleTable.defaults()
 *     .with(MediationCommand.HoldSession.class, EnumSet.of(Role.MEDIATOR));
 * roles.rolesFor(MediationCommand.Close.class).contains(Role.MEDIATOR); // true
 * }</pre>
 */
public final class MediationRoleTable {
  private static final MediationRoleTable DEFAULTS = defaultTable();

  private final Map<Class<? extends MediationCommand>, Set<Role>> roles;

  private MediationRoleTable(Map<Class<? extends MediationCommand>, Set<Role>> roles) {
    this.roles = roles;
  }

  /** The default table (see the class documentation). */
  public static MediationRoleTable defaults() {
    return DEFAULTS;
  }

  /**
   * A table in which {@code command} may be issued by {@code roles} (replacing the entry).
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code command} is not one of the
   *     permitted command types of {@link MediationCommand}, or {@code roles} is empty
   */
  public MediationRoleTable with(Class<? extends MediationCommand> command, Set<Role> roles) {
    Checks.check(
        this.roles.containsKey(Checks.required("command", command)),
        "command",
        command.getSimpleName(),
        "must be one of the mediation command types " + names());
    Checks.notEmpty("roles", Checks.required("roles", roles));
    Map<Class<? extends MediationCommand>, Set<Role>> copy = new LinkedHashMap<>(this.roles);
    copy.put(command, Set.copyOf(roles));
    return new MediationRoleTable(Map.copyOf(copy));
  }

  /** The roles that may issue {@code command}. */
  public Set<Role> rolesFor(Class<? extends MediationCommand> command) {
    Set<Role> allowed = roles.get(Checks.required("command", command));
    if (allowed == null) {
      throw new org.hewei.governance.core.InvalidValueException(
          "command", command.getSimpleName(), "must be one of the mediation command types " + names());
    }
    return allowed;
  }

  /** Whether {@code actor} may issue {@code command}. */
  public boolean permits(MediationCommand command, Actor actor) {
    return switch (actor.kind()) {
      case OFFICIAL -> rolesFor(typeOf(command)).contains(actor.role().orElseThrow());
      case PERSON -> ownParty(command).map(p -> p.person().equals(actor.person())).orElse(false);
      case SYSTEM -> false;
    };
  }

  private static Optional<Party> ownParty(MediationCommand command) {
    if (command instanceof MediationCommand.RecordConsent consent) {
      return Optional.of(consent.party());
    }
    if (command instanceof MediationCommand.RecordRefusal refusal) {
      return Optional.of(refusal.party());
    }
    return Optional.empty();
  }

  /** The permitted command type {@code command} is an instance of. */
  static Class<? extends MediationCommand> typeOf(MediationCommand command) {
    for (Class<? extends MediationCommand> type : DEFAULTS.roles.keySet()) {
      if (type.isInstance(command)) {
        return type;
      }
    }
    throw new IllegalStateException("unknown mediation command type " + command.getClass().getName());
  }

  private String names() {
    return roles.keySet().stream().map(Class::getSimpleName).sorted().toList().toString();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof MediationRoleTable that && that.roles.equals(roles);
  }

  @Override
  public int hashCode() {
    return roles.hashCode();
  }

  @Override
  public String toString() {
    return "MediationRoleTable" + roles.size() + " commands";
  }

  private static MediationRoleTable defaultTable() {
    Set<Role> recorders = EnumSet.of(Role.MEDIATOR, Role.JUDICIAL_OFFICER, Role.POLICE_OFFICER);
    Map<Class<? extends MediationCommand>, Set<Role>> m = new LinkedHashMap<>();
    m.put(
        MediationCommand.Open.class,
        EnumSet.of(
            Role.MEDIATOR,
            Role.JUDICIAL_OFFICER,
            Role.POLICE_OFFICER,
            Role.PETITION_OFFICER,
            Role.GOVERNANCE_CENTRE_OFFICER,
            Role.VILLAGE_CADRE,
            Role.PARTY_SECRETARY));
    m.put(
        MediationCommand.AssignMediator.class,
        EnumSet.of(
            Role.MEDIATOR,
            Role.JUDICIAL_OFFICER,
            Role.GOVERNANCE_CENTRE_OFFICER,
            Role.PARTY_SECRETARY,
            Role.POLICE_OFFICER));
    m.put(MediationCommand.RecordConsent.class, recorders);
    m.put(MediationCommand.RecordRefusal.class, recorders);
    m.put(MediationCommand.HoldSession.class, recorders);
    m.put(MediationCommand.RecordOutcome.class, recorders);
    m.put(MediationCommand.RecordAgreement.class, recorders);
    m.put(
        MediationCommand.ApplyForJudicialConfirmation.class,
        EnumSet.of(Role.MEDIATOR, Role.JUDICIAL_OFFICER));
    m.put(
        MediationCommand.RecordJudicialConfirmation.class,
        EnumSet.of(Role.MEDIATOR, Role.JUDICIAL_OFFICER));
    m.put(MediationCommand.SettleOnSite.class, EnumSet.of(Role.POLICE_OFFICER));
    m.put(MediationCommand.TransferToMediationRoom.class, EnumSet.of(Role.POLICE_OFFICER));
    m.put(
        MediationCommand.ReturnToPetition.class,
        EnumSet.of(
            Role.PETITION_OFFICER,
            Role.MEDIATOR,
            Role.JUDICIAL_OFFICER,
            Role.GOVERNANCE_CENTRE_OFFICER));
    m.put(MediationCommand.Close.class, recorders);
    Map<Class<? extends MediationCommand>, Set<Role>> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    return new MediationRoleTable(Map.copyOf(copy));
  }
}
