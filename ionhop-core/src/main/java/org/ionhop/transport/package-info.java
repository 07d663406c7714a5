/**
 * Transport theory shared by every module: the Arrhenius fit ({@link org.ionhop.transport.ArrheniusFit}),
 * Nernst-Einstein ({@link org.ionhop.transport.NernstEinstein}), and the seeds' Eq. 1.
 */
package org.ionhop.transport;
