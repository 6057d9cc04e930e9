package org.hewei.governance.testkit.generate;

import java.util.SplittableRandom;

/**
 * 文本生成器 — free texts and labels as Hewei's checks accept them: not blank, no control characters
 * other than line breaks and tabs in free text, no unpaired surrogates, at most the given number of
 * characters (code points). Biased to the edges: one character, exactly the maximum, supplementary-plane
 * characters and mixed scripts.
 *
 * <pre>{@code
 * String request = TextGen.freeText(20_000).sample(3L); // a petition request, never blank
 * String name = TextGen.label(200).sample(3L);          // a unit or village name
 * }</pre>
 */
public final class TextGen {
  private TextGen() {}

  /** Common CJK characters used to build words. */
  static final String COMMON =
      "和为贵中心店镇村民调解信访事项土地宅基地邻里纠纷工资拖欠道路修建排水噪音养殖林地承包合同赔偿医药费"
          + "东西南北大小新老王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
          + "山水河湖田园庄屯营岭桥集楼堂寺店铺坊峪沟洼台坡";

  /** Rare characters, including supplementary-plane CJK (Extension B and later). */
  static final String[] RARE = {
    "𠀀", "𠮷", "𪚥", "𰻞", "𡃁", "𤭢", "𥔲", "䶮", "堃", "淼", "犇", "龘", "喆", "昇", "靓", "囧", "嫚", "啰"
  };

  private static final String[] PHRASES = {
    "请求解决", "邻居占用宅基地", "工资拖欠三个月", "道路积水影响出行", "养殖场噪音扰民", "要求赔偿医药费",
    "土地承包合同到期", "希望尽快答复", "Request: fix the drain", "2022年7月25日反映", "共计3000元", "（已调解）"
  };

  /** Free text of 1 to {@code maxLength} characters; may contain line breaks and tabs inside. */
  public static Gen<String> freeText(int maxLength) {
    return random -> text(random, maxLength, true);
  }

  /** A label (a name of a unit, village, place) of 1 to {@code maxLength} characters, single line. */
  public static Gen<String> label(int maxLength) {
    return random -> text(random, maxLength, false);
  }

  /** Short realistic free text (1 to 60 characters), for when the length is not the point. */
  public static Gen<String> shortText() {
    return random -> text(random, 60, true);
  }

  static String text(SplittableRandom random, int maxLength, boolean multiline) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength: " + maxLength + " must be at least 1");
    }
    int pick = random.nextInt(10);
    int target;
    if (pick == 0) {
      target = 1;
    } else if (pick == 1) {
      target = maxLength;
    } else {
      target = 1 + random.nextInt(Math.min(maxLength, 80));
    }
    StringBuilder out = new StringBuilder();
    int count = 0;
    while (count < target) {
      int remaining = target - count;
      int kind = random.nextInt(12);
      String piece;
      if (kind < 6) {
        piece = String.valueOf(COMMON.charAt(random.nextInt(COMMON.length())));
      } else if (kind < 8) {
        piece = PHRASES[random.nextInt(PHRASES.length)];
      } else if (kind == 8) {
        piece = RARE[random.nextInt(RARE.length)];
      } else if (kind == 9 && multiline && count > 0 && remaining > 1) {
        piece = random.nextBoolean() ? "\n" : "\t";
      } else if (kind == 10 && count > 0 && remaining > 1) {
        piece = " ";
      } else {
        piece = Integer.toString(random.nextInt(1000));
      }
      int pieceLength = piece.codePointCount(0, piece.length());
      if (pieceLength > remaining) {
        piece = String.valueOf(COMMON.charAt(random.nextInt(COMMON.length())));
        pieceLength = 1;
      }
      out.append(piece);
      count += pieceLength;
    }
    // Never end in whitespace (a trailing line break or space is stripped by some parsers).
    int last = out.codePointBefore(out.length());
    if (Character.isWhitespace(last)) {
      out.setLength(out.length() - 1);
      out.append(COMMON.charAt(random.nextInt(COMMON.length())));
    }
    return out.toString();
  }
}
