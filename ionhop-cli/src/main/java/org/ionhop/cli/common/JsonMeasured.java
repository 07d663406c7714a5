package org.ionhop.cli.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes a {@link org.ionhop.stats.Measured} property of a result record as two (or three) flat JSON keys, the
 * value and its standard error, as the documented outputs spell them ({@code "D_tracer_cm2_s"} and
 * {@code "D_tracer_err_cm2_s"}). Put it on the accessor of a Jackson mix-in; core records stay free of Jackson.
 * Non-finite numbers are written as {@code null}. On a {@code List<Measured>} the keys hold arrays (values, errors)
 * in list order.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface JsonMeasured {
    /** Key of the value. */
    String value();

    /** Key of the standard error. */
    String err();

    /** Key of the sample count, or empty to leave it out. */
    String samples() default "";
}
