package io.github.smpkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the smpkit model: an abstract, package-private {@code Abstract*}
 * type generates the public immutable value of the same name without the prefix, with a
 * builder, {@code from(...)} and {@code with*} copies, JDK collections only (no Guava) and no
 * runtime dependency on Immutables.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "formOfEngagement:formsOfEngagement", "training:training",
        "recognition:recognition", "evaluation:evaluations", "citation:citations"},
    defaults = @Value.Immutable(copy = true, prehash = false),
    allowedClasspathAnnotations = {Override.class})
public @interface SmpStyle {}
