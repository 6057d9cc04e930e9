package org.hewei.governance.core.policy;

/**
 * 影响范围 — how far a matter reaches, one input of a {@link RoutingRule}.
 *
 * <pre>{@code
 * RoutingRule.builder().id("RT4").name("跨村事项").addScopes(MatterScope.SEVERAL_VILLAGES) ...
 * }</pre>
 */
public enum MatterScope {
  /** 户内/邻里: one household or neighbours. */
  HOUSEHOLD("户内邻里"),
  /** 村内: inside one village or community. */
  VILLAGE("村内"),
  /** 跨村: several villages of one township. */
  SEVERAL_VILLAGES("跨村"),
  /** 镇域: the whole township. */
  TOWNSHIP("镇域"),
  /** 跨镇及以上: beyond the township. */
  BEYOND_TOWNSHIP("跨镇");

  private final String chineseName;

  MatterScope(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
