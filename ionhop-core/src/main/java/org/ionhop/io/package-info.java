/**
 * Shared input plumbing: {@link org.ionhop.io.TextSource} (streaming, gzip-transparent, line-numbered
 * reading), {@link org.ionhop.io.InputFormatException} (file, line, what was expected) and
 * {@link org.ionhop.io.ProgressListener}.
 */
package org.ionhop.io;
