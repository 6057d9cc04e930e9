package org.hewei.governance.examples.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * 升级转换器 — turns the {@code data} of one stored type from version {@code fromVersion} into the form
 * of version {@code fromVersion + 1}, so that events written by older software still load after the
 * model evolved. {@link HeweiJson} chains them: a v1 payload of a type at version 3 passes through the
 * upcasters from 1 and from 2. Registering an upcaster from version {@code n} makes {@code n + 1} (at
 * least) the current version of the type, which {@link HeweiJson#write} then stamps on new data.
 *
 * <p>An upcaster works on the JSON tree (no Java classes of old versions are needed) and must be pure:
 * same input, same output. It may modify and return its argument.
 *
 * <pre>{@code
 * // version 1 of Declined called its text "reasonText"; version 2 calls it "reason"
 * Upcaster renameReason = Upcaster.of("petition.PetitionEvent.Declined", 1, data -> {
 *   data.set("reason", data.remove("reasonText"));
 *   return data;
 * });
 * HeweiJson json = HeweiJson.builder().upcaster(renameReason).build();
 * }</pre>
 */
public interface Upcaster {
  /** The stable type name ({@link JsonTypeNames}) whose data this upcaster converts. */
  String type();

  /** The version it converts from (≥ 1); the result is version {@code fromVersion() + 1}. */
  int fromVersion();

  /** The data of version {@link #fromVersion()} converted to the next version. */
  ObjectNode upcast(ObjectNode data);

  /**
   * An upcaster of {@code type} from {@code fromVersion} by {@code conversion}.
   *
   * @throws HeweiJsonException if {@code fromVersion} is below 1
   */
  static Upcaster of(String type, int fromVersion, UnaryOperator<ObjectNode> conversion) {
    if (fromVersion < 1) {
      throw new HeweiJsonException("an upcaster converts from version 1 or later, not " + fromVersion);
    }
    return new Upcaster() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public int fromVersion() {
        return fromVersion;
      }

      @Override
      public ObjectNode upcast(ObjectNode data) {
        return conversion.apply(data);
      }

      @Override
      public String toString() {
        return "Upcaster{" + type + " v" + fromVersion + "→v" + (fromVersion + 1) + "}";
      }
    };
  }
}
