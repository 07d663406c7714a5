package org.ionhop.spark;

import java.util.random.RandomGeneratorFactory;

/**
 * Works around a JDK 17 trap on Spark executors. The JDK finds the algorithms of {@code java.util.random} (the kMC's
 * {@code L64X128MixRandom}) with a ServiceLoader on the thread's context class loader, once per JVM, and caches
 * the result. Spark's task threads have a context class loader that does not see the JDK's {@code jdk.random}
 * module, so if a task thread asks first, the JVM caches an empty table and every later kMC in that JVM fails with
 * "No implementation of the random number generator algorithm". Asking once with the system class loader as
 * context loader, before any kMC runs in the JVM, fills the cache correctly.
 */
final class JdkRandom {
    private JdkRandom() {
    }

    /** Makes sure the JVM's table of random generator algorithms has been built with the system class loader. */
    static void prepare() {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try {
            t.setContextClassLoader(ClassLoader.getSystemClassLoader());
            RandomGeneratorFactory.of("L64X128MixRandom");
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
