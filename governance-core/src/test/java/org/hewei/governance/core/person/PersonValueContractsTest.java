package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Province-prefix boundaries, sex, hash codes and the phone masking boundaries. */
class PersonValueContractsTest {
  private static String withPrefix(int province) {
    String body = province + "010519491231002";
    return body + CitizenId.checkChar(body);
  }

  @Test
  void everyProvinceRangeIncludesBothEnds() {
    for (int p : List.of(11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82)) {
      assertThat(CitizenId.parse(withPrefix(p)).regionCode()).as("prefix %d", p).isEqualTo(p + "0105");
    }
  }

  @Test
  void prefixesJustOutsideTheRangesAreRejected() {
    for (int p : List.of(10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 83)) {
      assertThatThrownBy(() -> CitizenId.parse(withPrefix(p)))
          .as("prefix %d", p)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("the first two digits must be a province code");
    }
  }

  @Test
  void theSeventeenthDigitGivesTheSex() {
    for (int d = 0; d <= 9; d++) {
      String body = "1101051949123100" + d;
      CitizenId id = CitizenId.parse(body + CitizenId.checkChar(body));
      assertThat(id.sex()).as("digit %d", d).isEqualTo(d % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }
  }

  @Test
  void equalValuesHaveEqualHashCodesAndDifferentValuesDifferentOnes() {
    CitizenId a = CitizenId.parse("11010519491231002X");
    assertThat(a.hashCode()).isEqualTo(CitizenId.parse("11010519491231002x").hashCode())
        .isEqualTo("11010519491231002X".hashCode());
    assertThat(PhoneNumber.parse("13812345678").hashCode())
        .isEqualTo(PhoneNumber.parse("13812345678").hashCode())
        .isNotEqualTo(PhoneNumber.parse("13912345678").hashCode());
    assertThat(PersonName.of("张三").hashCode())
        .isEqualTo(PersonName.of(" 张三 ").hashCode())
        .isNotEqualTo(PersonName.of("李四").hashCode());
    assertThat(Address.of("山东省济宁市邹城市钢山街道").hashCode())
        .isEqualTo(Address.of("山东省济宁市邹城市钢山街道").hashCode())
        .isNotEqualTo(Address.of("山东省济宁市邹城市千泉街道").hashCode());
  }

  @Test
  void namesRejectInnerLineBreaksAndTabs() {
    for (String name : List.of("张\n三", "张\r三", "张\t三")) {
      assertThatThrownBy(() -> PersonName.of(name))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("name: '***' — must not contain line breaks or tabs");
    }
    assertThat(PersonName.of("\t张三\n").value()).isEqualTo("张三");
  }

  @Test
  void sexesHaveChineseNames() {
    assertThat(Sex.MALE.chineseName()).isEqualTo("男");
    assertThat(Sex.FEMALE.chineseName()).isEqualTo("女");
  }

  @Test
  void phoneMaskingBoundaries() {
    assertThat(Masking.maskPhone("010-12345678")).isEqualTo("010-****5678");
    assertThat(Masking.maskPhone("05371-123456")).isEqualTo("053*****3456");
    assertThat(Masking.maskPhone("010-1234")).isEqualTo("010-****");
    assertThat(Masking.maskPhone("010-12345")).isEqualTo("010-*2345");
    assertThat(Masking.maskPhone("12-45")).isEqualTo("(5 chars)");
    assertThat(Masking.maskPhone("+86")).isEqualTo("(3 chars)");
    assertThat(Masking.maskPhone("123456")).isEqualTo("123456");
    assertThat(Masking.maskPhone("1234567")).isEqualTo("***4567");
    assertThat(Masking.maskPhone("12345678")).isEqualTo("123*5678");
  }
}
