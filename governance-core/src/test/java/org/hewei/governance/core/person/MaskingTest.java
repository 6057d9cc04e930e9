package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {
  @ParameterizedTest
  @CsvSource({
    "张三, 张*",
    "李小明, 李**",
    "欧阳娜娜, 欧阳**",
    "欧阳修, 欧阳*",
    "欧阳, 欧*",
    "司马相如, 司马**",
    "岳, *",
    "阿依古丽·买买提, 阿*******",
    "John Smith, J*********"
  })
  void names(String name, String masked) {
    assertThat(Masking.maskName(name)).isEqualTo(masked);
  }

  @Test
  void emptyNameStaysEmptyAndSupplementaryCharactersCountOnce() {
    assertThat(Masking.maskName("")).isEmpty();
    assertThat(Masking.maskName("𠮷野家")).isEqualTo("𠮷**");
  }

  @Test
  void citizenIds() {
    assertThat(Masking.maskCitizenId("370883199001011238")).isEqualTo("370883********1238");
    assertThat(Masking.maskCitizenId("370883")).isEqualTo("(6 chars)");
    assertThat(Masking.maskCitizenId("")).isEqualTo("(0 chars)");
  }

  @ParameterizedTest
  @CsvSource({
    "13812345678, 138****5678",
    "0537-5212345, 0537-***2345",
    "010-62345678, 010-****5678",
    "12345, 12345",
    "110, 110",
    "1234567, ***4567",
    "0537-12, 0537-**",
    "138123456789, 138*****6789",
    "call me, (7 chars)",
    "13812345678-123, 138********-123",
    "+8613812345678, +86*******5678",
    "张三13812345678, (13 chars)"
  })
  void phones(String phone, String masked) {
    assertThat(Masking.maskPhone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "山东省邹城市中心店镇北村12号, 山东省邹城市***",
    "北村12号, 北村***",
    "北, ***"
  })
  void addresses(String address, String masked) {
    assertThat(Masking.maskAddress(address)).isEqualTo(masked);
  }

  @Test
  void addressMaskHidesTheLength() {
    assertThat(Masking.maskAddress("山东省邹城市中心店镇北村12号"))
        .isEqualTo(Masking.maskAddress("山东省邹城市中心店镇南村3排45号院东屋"));
  }

  @Test
  void freeTextShowsOnlyItsLength() {
    assertThat(Masking.maskFreeText("邻居张三占了他的宅基地")).isEqualTo("(11 chars)");
    assertThat(Masking.maskFreeText("")).isEqualTo("(0 chars)");
  }
}
