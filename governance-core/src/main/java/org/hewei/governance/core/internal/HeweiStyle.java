package org.hewei.governance.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in Hewei (not API: the package is not exported).
 *
 * <p>Generated {@code Immutable*} classes are package-private; each public abstract value type offers
 * static {@code of(...)} and/or {@code builder()} factories and a nested {@code Builder} that extends
 * the generated one, so no generated type ever appears in a public signature.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    init = "*",
    strictBuilder = false,
    redactedMask = "***",
    jdkOnly = true,
    allParameters = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = MissingValueException.class)
public @interface HeweiStyle {}
