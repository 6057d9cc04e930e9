package org.hewei.governance.core.outreach;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.mediation.DisputeId;
import org.immutables.value.Value;

/**
 * 走访发现 — one thing found on an outreach activity: a new dispute, a resident's request, a sighting
 * of a listed key person, or another observation.
 *
 * <p>Rules checked here:
 *
 * <ul>
 *   <li>{@link Kind#NEW_DISPUTE}: a dispute id (once registered) or a description, or both;
 *   <li>{@link Kind#REQUEST} and {@link Kind#OTHER}: a description;
 *   <li>{@link Kind#KEY_PERSON_SIGHTING}: the key-person record id;
 *   <li>a dispute id only with {@code NEW_DISPUTE}, a key-person record only with {@code
 *       KEY_PERSON_SIGHTING}.
 * </ul>
 *
 * <p>The description is personal information and never printed; a sighting carries no category,
 * only the record id (a named person's key-person category is itself sensitive).
 *
 * <pre>{@code
 * Finding.newDispute(DisputeId.of("ZXD-JF-2022-179"));
 * Finding.request("村东路灯不亮");
 * Finding.keyPersonSighting(KeyPersonRecordId.of("KP-0031"));
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {
  /** 发现类别 — what was found. */
  public enum Kind {
    /** 新发现矛盾纠纷. */
    NEW_DISPUTE,
    /** 群众诉求: a request or suggestion (意见建议). */
    REQUEST,
    /** 重点人员动态: a listed key person was seen or visited. */
    KEY_PERSON_SIGHTING,
    /** 其他情况. */
    OTHER
  }

  Finding() {}

  /** What was found. */
  public abstract Kind kind();

  /** The registered dispute, for {@link Kind#NEW_DISPUTE}. */
  public abstract Optional<DisputeId> dispute();

  /** The key-person record, for {@link Kind#KEY_PERSON_SIGHTING}. */
  public abstract Optional<KeyPersonRecordId> keyPersonRecord();

  /** What was seen or asked; personal information, never printed. */
  @Value.Redacted
  public abstract Optional<String> description();

  /** A new dispute already registered under {@code dispute}. */
  public static Finding newDispute(DisputeId dispute) {
    return builder().kind(Kind.NEW_DISPUTE).dispute(dispute).build();
  }

  /** A new dispute not yet registered, described in words. */
  public static Finding newDispute(String description) {
    return builder().kind(Kind.NEW_DISPUTE).description(description).build();
  }

  /** A resident's request or suggestion. */
  public static Finding request(String description) {
    return builder().kind(Kind.REQUEST).description(description).build();
  }

  /** A sighting of the person listed under {@code record}. */
  public static Finding keyPersonSighting(KeyPersonRecordId record) {
    return builder().kind(Kind.KEY_PERSON_SIGHTING).keyPersonRecord(record).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.personalText("description", d, Checks.MAX_TEXT));
    Checks.check(
        dispute().isEmpty() || kind() == Kind.NEW_DISPUTE,
        "dispute",
        dispute().map(Object::toString).orElse(null),
        "a dispute id is given only for a NEW_DISPUTE finding, not " + kind());
    Checks.check(
        keyPersonRecord().isEmpty() || kind() == Kind.KEY_PERSON_SIGHTING,
        "keyPersonRecord",
        keyPersonRecord().map(Object::toString).orElse(null),
        "a key-person record is given only for a KEY_PERSON_SIGHTING finding, not " + kind());
    switch (kind()) {
      case NEW_DISPUTE:
        Checks.check(
            dispute().isPresent() || description().isPresent(),
            "dispute",
            null,
            "a NEW_DISPUTE finding needs a dispute id or a description");
        break;
      case KEY_PERSON_SIGHTING:
        Checks.check(
            keyPersonRecord().isPresent(),
            "keyPersonRecord",
            null,
            "a KEY_PERSON_SIGHTING finding needs the key-person record id");
        break;
      default:
        Checks.check(
            description().isPresent(),
            "description",
            null,
            "a " + kind() + " finding needs a description");
    }
  }

  /** Builds a {@link Finding}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
