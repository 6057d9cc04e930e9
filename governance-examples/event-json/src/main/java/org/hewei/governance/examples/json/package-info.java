/**
 * 事件 JSON 格式 — the documented, versioned JSON form of Hewei values with Jackson, used by the
 * example adapters (the JDBC store keeps events and registry values in it; the Kafka Streams example
 * uses it for topics and state stores). Core and rules stay free of Jackson.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>Envelope</b> {@code {"type": name, "version": n, "data": {...}}} around every top-level value,
 *       so a reader knows what it holds and in which version before it touches the data.
 *   <li><b>Stable type names</b> in one explicit table ({@link
 *       org.hewei.governance.examples.json.JsonTypeNames}), not class names: classes may move or be
 *       renamed; a name is never reused.
 *   <li><b>One generic mapping</b> instead of a mapper per type: attributes are found on the generated
 *       Immutables class (its fields name them, the public accessors of the abstract type give the
 *       values), and values are rebuilt through the generated builder, so every {@code @Value.Check}
 *       validation runs on read. Derived attributes are not written. Hand-written value types (typed ids,
 *       personal-data types, boundaries) and JDK types have explicit string forms. This needs reflective
 *       access to the core packages: on the class path (as the examples run) nothing is to configure; on
 *       the module path open them to this module.
 *   <li><b>Versions per type</b>: every standard type is at version 1. When a type evolves, its new
 *       version is declared by registering an {@link org.hewei.governance.examples.json.Upcaster} from the
 *       old version; the version of a type covers its whole tree (nested values have no versions of
 *       their own). Reading is strict (unknown properties fail), so a forgotten upcaster is noticed.
 *   <li><b>Personal data</b> is written (this is storage) but never appears in exception messages:
 *       Jackson's source excerpts are disabled and parse errors report only line and column.
 * </ul>
 *
 * <pre>{@code
 * byte[] bytes = HeweiJson.standard().writeBytes(event);
 * PetitionEvent e = HeweiJson.standard().readBytes(bytes, PetitionEvent.class);
 * }</pre>
 */
@NullMarked
package org.hewei.governance.examples.json;

import org.jspecify.annotations.NullMarked;
