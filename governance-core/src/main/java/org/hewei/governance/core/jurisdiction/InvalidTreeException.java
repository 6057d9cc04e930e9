package org.hewei.governance.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.hewei.governance.core.InvalidValueException;

/**
 * 辖区树无效 — the jurisdictions given to {@link JurisdictionTree#of} do not form one tree.
 *
 * <p>{@link #problem()} says what is wrong and {@link #ids()} which nodes are involved (sorted, at most
 * {@value #MAX_IDS}); the message names them too, e.g. {@code "jurisdictions: 'ZXD-GQ-9' — orphan:
 * the parent '370883999000' of 'ZXD-GQ-9' is not in the list"}. Ids are opaque, so the message holds no personal
 * information.
 *
 * <pre>{@code
 * try {
 *   JurisdictionTree.of(nodes);
 * } catch (InvalidTreeException e) {
 *   e.problem(); // ORPHAN
 *   e.ids();     // [ZXD-GQ-9]
 * }
 * }</pre>
 */
public final class InvalidTreeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The most ids an exception lists: {@value}. */
  public static final int MAX_IDS = 10;

  /** 问题 — what makes the list not a tree, in the order {@link JurisdictionTree#of} checks them. */
  public enum Problem {
    /** The list is empty: a tree has exactly one root. */
    EMPTY,
    /** Two or more nodes have the same id. */
    DUPLICATE_ID,
    /** A node's parent id is not in the list. */
    ORPHAN,
    /** Following parent ids from a node comes back to it. */
    CYCLE,
    /** More than one node has no parent: a tree has exactly one root. */
    SEVERAL_ROOTS,
    /** A node's level is not strictly below its parent's level. */
    LEVEL_NOT_BELOW_PARENT,
    /** A node's division code is not below the code of its nearest ancestor that has one. */
    CODE_NOT_BELOW_PARENT
  }

  private final Problem problem;
  private final ImmutableList<JurisdictionId> ids;

  InvalidTreeException(Problem problem, List<JurisdictionId> ids, String rule) {
    super("jurisdictions", show(ids), rule);
    this.problem = problem;
    this.ids = ImmutableList.copyOf(ids.subList(0, Math.min(ids.size(), MAX_IDS)));
  }

  /** What is wrong. */
  public Problem problem() {
    return problem;
  }

  /** The nodes involved (at most {@value #MAX_IDS}); empty for {@link Problem#EMPTY}. */
  public List<JurisdictionId> ids() {
    return ids;
  }

  private static String show(List<JurisdictionId> ids) {
    String shown =
        ids.stream().limit(MAX_IDS).map(JurisdictionId::value).collect(Collectors.joining("', '"));
    return ids.size() > MAX_IDS ? shown + "' … (" + ids.size() + " in all)" : shown;
  }
}
