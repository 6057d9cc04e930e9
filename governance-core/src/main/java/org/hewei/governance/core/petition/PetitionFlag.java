package org.hewei.governance.core.petition;

/**
 * 信访事项标记 — facts about a petition that routing, escalation and reports look at.
 *
 * <p>Flags are recorded facts, not computed ones: whether a group counts as collective depends on a
 * configurable profile (there is no national number, see REGULATIONS.md), so whoever registers the
 * petition (or a rule acting on its behalf) sets the flag.
 *
 * <pre>{@code
 * Petition.builder()...addFlags(PetitionFlag.COLLECTIVE, PetitionFlag.SEVERAL_DEPARTMENTS)...
 * }</pre>
 */
public enum PetitionFlag {
  /** 集体访: several people petition together (threshold and representative caps: 条例 Art 20, profile). */
  COLLECTIVE("集体访"),
  /** 越级访: a walk-in went beyond the competent level or the one above it (条例 Art 20). */
  SKIP_LEVEL("越级访"),
  /** 重复访: the same matter again while it is being handled or after it was concluded (条例 Art 19(3)). */
  REPEAT("重复访"),
  /** 扬言 / 极端言行: threats or extreme words or conduct (条例 Art 26, 47). */
  THREAT("扬言/极端言行"),
  /** 涉重点人员: a listed key person (重点人员) is among the petitioners or involved. */
  KEY_PERSON_INVOLVED("涉重点人员"),
  /** 涉及多部门: several bodies are concerned (条例 Art 24; joint meeting, 中心吹哨、部门报到). */
  SEVERAL_DEPARTMENTS("涉及多部门"),
  /** 涉法涉诉: the request concerns litigation rights and belongs to a legal procedure (条例 Art 28, 31). */
  LITIGATION_RELATED("涉法涉诉"),
  /** 重大紧急: a major or urgent matter, reported upward without delay (条例 Art 25). */
  URGENT("重大紧急");

  private final String chineseName;

  PetitionFlag(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * This flag's bit in {@link PetitionState#flagBits()}: {@code 1L << ordinal()} (there are fewer than 64
   * flags; new ones are added at the end, so the bits of existing flags never change).
   *
   * <pre>{@code
   * boolean keyPerson = (state.flagBits() & PetitionFlag.KEY_PERSON_INVOLVED.bit()) != 0;
   * }</pre>
   */
  @SuppressWarnings("EnumOrdinal") // the ordinal is the bit's position by design
  public long bit() {
    return 1L << ordinal();
  }

  /** The Chinese name, e.g. {@code "越级访"}. */
  public String chineseName() {
    return chineseName;
  }
}
