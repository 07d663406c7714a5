/**
 * Screening: one structure in, one row of transport descriptors out ({@link org.ionhop.screen.ScreenTask}), a
 * pure function shared by the local runner ({@link org.ionhop.screen.ScreenRunner}) and the cluster runner, with
 * the inputs expanded from files, folders, globs, list files and archives ({@link org.ionhop.screen.ScreenInputs})
 * and the columns of every store and export defined once ({@link org.ionhop.screen.ScreenColumn}).
 */
package org.ionhop.screen;
