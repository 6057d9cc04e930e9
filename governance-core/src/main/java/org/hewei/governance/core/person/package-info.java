/**
 * 人员 — natural persons and their personal information (公民身份号码 per GB 11643, phone, address), which never appears in toString, logs or exception messages; masking helpers.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.person;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
