package org.hewei.governance.rules.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The mainland-China holiday arrangements 2020–2026, one line per holiday: the notice year, the name,
 * the first and last off day, and the make-up workdays (调休上班). Not API.
 *
 * <p>Source: the State Council General Office's yearly notices on holiday arrangements
 * (国务院办公厅关于…年部分节假日安排的通知), linked per year below. A test cross-checks every line
 * against the official day lists when they are available beside the repository.
 */
final class ChinaMainlandHolidays {
  /** The first year built in. */
  static final int FIRST_YEAR = 2020;

  /** The last year built in. */
  static final int LAST_YEAR = 2026;

  private ChinaMainlandHolidays() {}

  /** Every holiday 2020–2026 in notice order. */
  static List<Holiday> all() {
    return List.of(
        // 2020: http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm
        // 2020 春节 was extended to 02-02 by 国办发明电〔2020〕1号 (COVID-19); 02-03 (Mon) is listed as a workday.
        h(2020, "元旦", "2020-01-01", "2020-01-01"),
        h(2020, "春节", "2020-01-24", "2020-02-02", "2020-01-19", "2020-02-03"),
        h(2020, "清明节", "2020-04-04", "2020-04-06"),
        h(2020, "劳动节", "2020-05-01", "2020-05-05", "2020-04-26", "2020-05-09"),
        h(2020, "端午节", "2020-06-25", "2020-06-27", "2020-06-28"),
        h(2020, "国庆节、中秋节", "2020-10-01", "2020-10-08", "2020-09-27", "2020-10-10"),
        // 2021: http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm
        h(2021, "元旦", "2021-01-01", "2021-01-03"),
        h(2021, "春节", "2021-02-11", "2021-02-17", "2021-02-07", "2021-02-20"),
        h(2021, "清明节", "2021-04-03", "2021-04-05"),
        h(2021, "劳动节", "2021-05-01", "2021-05-05", "2021-04-25", "2021-05-08"),
        h(2021, "端午节", "2021-06-12", "2021-06-14"),
        h(2021, "中秋节", "2021-09-19", "2021-09-21", "2021-09-18"),
        h(2021, "国庆节", "2021-10-01", "2021-10-07", "2021-09-26", "2021-10-09"),
        // 2022: http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm
        h(2022, "元旦", "2022-01-01", "2022-01-03"),
        h(2022, "春节", "2022-01-31", "2022-02-06", "2022-01-29", "2022-01-30"),
        h(2022, "清明节", "2022-04-03", "2022-04-05", "2022-04-02"),
        h(2022, "劳动节", "2022-04-30", "2022-05-04", "2022-04-24", "2022-05-07"),
        h(2022, "端午节", "2022-06-03", "2022-06-05"),
        h(2022, "中秋节", "2022-09-10", "2022-09-12"),
        h(2022, "国庆节", "2022-10-01", "2022-10-07", "2022-10-08", "2022-10-09"),
        // 2023: http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm
        // 2023 元旦 begins on Saturday 2022-12-31.
        h(2023, "元旦", "2022-12-31", "2023-01-02"),
        h(2023, "春节", "2023-01-21", "2023-01-27", "2023-01-28", "2023-01-29"),
        h(2023, "清明节", "2023-04-05", "2023-04-05"),
        h(2023, "劳动节", "2023-04-29", "2023-05-03", "2023-04-23", "2023-05-06"),
        h(2023, "端午节", "2023-06-22", "2023-06-24", "2023-06-25"),
        h(2023, "中秋节、国庆节", "2023-09-29", "2023-10-06", "2023-10-07", "2023-10-08"),
        // 2024: https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm
        h(2024, "元旦", "2024-01-01", "2024-01-01"),
        h(2024, "春节", "2024-02-10", "2024-02-17", "2024-02-04", "2024-02-18"),
        h(2024, "清明节", "2024-04-04", "2024-04-06", "2024-04-07"),
        h(2024, "劳动节", "2024-05-01", "2024-05-05", "2024-04-28", "2024-05-11"),
        h(2024, "端午节", "2024-06-10", "2024-06-10"),
        h(2024, "中秋节", "2024-09-15", "2024-09-17", "2024-09-14"),
        h(2024, "国庆节", "2024-10-01", "2024-10-07", "2024-09-29", "2024-10-12"),
        // 2025: https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
        // From 2025: 13 statutory days (放假办法 2024 Art 2): 春节 adds 除夕, 劳动节 adds 5-02.
        h(2025, "元旦", "2025-01-01", "2025-01-01"),
        h(2025, "春节", "2025-01-28", "2025-02-04", "2025-01-26", "2025-02-08"),
        h(2025, "清明节", "2025-04-04", "2025-04-06"),
        h(2025, "劳动节", "2025-05-01", "2025-05-05", "2025-04-27"),
        h(2025, "端午节", "2025-05-31", "2025-06-02"),
        h(2025, "国庆节、中秋节", "2025-10-01", "2025-10-08", "2025-09-28", "2025-10-11"),
        // 2026: https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
        h(2026, "元旦", "2026-01-01", "2026-01-03", "2026-01-04"),
        h(2026, "春节", "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28"),
        h(2026, "清明节", "2026-04-04", "2026-04-06"),
        h(2026, "劳动节", "2026-05-01", "2026-05-05", "2026-05-09"),
        h(2026, "端午节", "2026-06-19", "2026-06-21"),
        h(2026, "国庆节", "2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10"),
        h(2026, "中秋节", "2026-09-25", "2026-09-27"));
  }

  private static Holiday h(int year, String name, String firstOffDay, String lastOffDay, String... makeUpWorkdays) {
    LocalDate[] workdays = new LocalDate[makeUpWorkdays.length];
    for (int i = 0; i < workdays.length; i++) {
      workdays[i] = LocalDate.parse(makeUpWorkdays[i]);
    }
    return Holiday.of(year, name, LocalDate.parse(firstOffDay), LocalDate.parse(lastOffDay), workdays);
  }
}
