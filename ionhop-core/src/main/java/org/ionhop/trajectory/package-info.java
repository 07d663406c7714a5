/**
 * Transport from molecular-dynamics trajectories (docs/md.md; physics.md "Diffusion from trajectories").
 *
 * <p>Stages, one class each: a streaming reader per format ({@link org.ionhop.trajectory.XdatcarReader},
 * {@link org.ionhop.trajectory.VasprunReader}, {@link org.ionhop.trajectory.ExtXyzReader},
 * {@link org.ionhop.trajectory.LammpsDumpReader}, chosen by {@link org.ionhop.trajectory.TrajectoryFormat}) feeds
 * {@link org.ionhop.trajectory.Displacements} (unwrapped, drift-corrected, per-ion primitive storage that spills to a
 * temporary file beyond a memory budget); {@link org.ionhop.trajectory.MsdCalculator} gives tracer, collective and
 * charge MSDs by FFT; {@link org.ionhop.trajectory.DiffusiveRegime} picks the fitted window and
 * {@link org.ionhop.trajectory.DiffusionFit} fits D by generalised least squares with the random-walk MSD
 * covariance; {@link org.ionhop.trajectory.TransportAnalysis} is the facade returning a
 * {@link org.ionhop.trajectory.TransportResult}; {@link org.ionhop.trajectory.ArrheniusAnalysis} combines
 * temperatures. Beside them: {@link org.ionhop.trajectory.DensityGrid} (a density on the
 * shared {@link org.ionhop.grid.PeriodicGrid}, written by {@link org.ionhop.grid.CubeFile}, percolation by
 * {@link org.ionhop.grid.GridPercolation}) and {@link org.ionhop.trajectory.SiteAnalysis}.
 *
 * <p>Units: Å, ps, K, e internally (D in Å²/ps); conversion to cm²/s and S/cm happens in the result records and at
 * the command line.
 */
package org.ionhop.trajectory;
