/**
 * Disorder by design: variants of a structure (supercells, substitution with aliovalent compensation, anion
 * exchange, vacancies, fractional-occupancy sites), their ordered configurations (random, low electrostatic
 * energy by an Ewald sum of formal charges, symmetry-distinct enumeration), the ideal configurational entropy, and
 * ensembles of orderings run through the screen's per-structure function with frustration metrics
 *.
 */
package org.ionhop.disorder;
