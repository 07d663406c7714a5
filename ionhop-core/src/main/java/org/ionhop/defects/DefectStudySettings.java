package org.ionhop.defects;

import org.ionhop.io.InvalidSettingException;

/**
 * Everything {@link DefectStudy} needs: the defect model (the required input), the reference
 * temperature, the scan of the Brouwer diagram and mechanism map, the temperatures of the map and the dilute limit
 * of the validity warnings. Every option has its default here ({@link #of}).
 *
 * <p>Open values: {@code scanFrom} and {@code scanTo} NaN take the host's stability range of the scanned element
 * (chemical-potential scans of a binary host only: from Delta H_f / k to 0, see {@link HostConstraint#range});
 * {@code mapFromK} NaN is max(T/2, 200 K) and {@code mapToK} NaN is 1.5 T, T the reference temperature;
 * {@code reservoir} null is, for a partial-pressure scan of O, molecular oxygen from the NIST-JANAF tables
 * ({@link GasReservoir#oxygen()}); a partial-pressure scan of another element needs it given (or
 * {@link GasReservoir#fixedMu()} for the fixed-mu convention).
 *
 * @param model        the defect model
 * @param temperatureK reference temperature of the concentration table, Brouwer diagram and profile (K)
 * @param scanKind     what the scan varies
 * @param scanTarget   the element (chemical potential, partial pressure) or the dopant's Kröger-Vink symbol
 * @param scanFrom     first scan value (NaN: the host's range)
 * @param scanTo       last scan value (NaN: the host's range)
 * @param scanPoints   grid points along the scan (at least 3)
 * @param mapFromK     lowest temperature of the mechanism map (K; NaN: max(T/2, 200 K))
 * @param mapToK       highest temperature of the mechanism map (K; NaN: 1.5 T)
 * @param mapPoints    temperatures of the mechanism map (at least 2)
 * @param diluteLimit  site fraction above which a validity warning is given (the Boltzmann form without site
 *                     exclusion is off by more than about this fraction)
 * @param reservoir    the temperature dependence of the gas of a partial-pressure scan (null: see above); the
 *                     model's chemical potential of the target holds at p0 and {@code temperatureK}
 */
public record DefectStudySettings(DefectModel model, double temperatureK, Scan.Kind scanKind, String scanTarget,
                                  double scanFrom, double scanTo, int scanPoints, double mapFromK, double mapToK,
                                  int mapPoints, double diluteLimit, GasReservoir reservoir) {

    /** Default grid points of the scan. */
    public static final int DEFAULT_SCAN_POINTS = 121;
    /** Default number of map temperatures. */
    public static final int DEFAULT_MAP_POINTS = 21;
    /** Default dilute limit (site fraction). */
    public static final double DEFAULT_DILUTE_LIMIT = 0.05;
    /** The element whose gas reservoir is bundled (O2). */
    private static final String OXYGEN = "O";
    /** The map's default lowest temperature is max(T/2, this). */
    private static final double MAP_FLOOR_K = 200;

    /** Validates every setting against the model. */
    public DefectStudySettings {
        InvalidSettingException.require(model != null, "model", "expected a defect model, got none");
        InvalidSettingException.require(temperatureK > 0 && Double.isFinite(temperatureK), "temperatureK",
                "expected a temperature > 0 K, got " + temperatureK);
        InvalidSettingException.require(scanKind != null, "scanKind",
                "expected chemical_potential, partial_pressure or dopant, got none");
        InvalidSettingException.require(scanTarget != null && !scanTarget.isBlank(), "scanTarget",
                "expected an element or dopant to scan, got none");
        InvalidSettingException.require(scanPoints >= 3 && scanPoints <= 1_000_000, "scanPoints",
                "expected between 3 and 1e6 grid points, got " + scanPoints);
        boolean open = Double.isNaN(scanFrom) && Double.isNaN(scanTo);
        if (open) {
            InvalidSettingException.require(scanKind == Scan.Kind.CHEMICAL_POTENTIAL && model.host() != null,
                    "scanFrom", "expected from and to (only a chemical-potential scan of a host has a default range)");
            try {
                model.host().range(scanTarget);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("scanTarget", "expected from and to, or an element whose range the "
                        + "host fixes: " + e.getMessage());
            }
        } else {
            InvalidSettingException.finite("scanFrom", scanFrom);
            InvalidSettingException.finite("scanTo", scanTo);
            InvalidSettingException.require(scanFrom != scanTo, "scanTo",
                    "expected an end point different from the start " + scanFrom + ", got " + scanTo);
        }
        InvalidSettingException.require(mapPoints >= 2 && mapPoints <= 1_000_000, "mapPoints",
                "expected between 2 and 1e6 temperatures, got " + mapPoints);
        double lo = Double.isNaN(mapFromK) ? Math.max(temperatureK / 2, MAP_FLOOR_K) : mapFromK;
        double hi = Double.isNaN(mapToK) ? 1.5 * temperatureK : mapToK;
        InvalidSettingException.require(lo > 0 && Double.isFinite(lo), "mapFromK",
                "expected a temperature > 0 K, got " + lo);
        InvalidSettingException.require(hi > lo && Double.isFinite(hi), "mapToK",
                "expected a temperature above " + lo + " K, got " + hi);
        InvalidSettingException.require(diluteLimit > 0 && diluteLimit < 1, "diluteLimit",
                "expected a site fraction between 0 and 1, got " + diluteLimit);
        InvalidSettingException.require(reservoir != null || scanKind != Scan.Kind.PARTIAL_PRESSURE
                || OXYGEN.equals(scanTarget), "reservoir", "expected the gas data of " + scanTarget + "2 (Shomate "
                + "coefficients, or S and Cp at a reference temperature) or the fixed-mu convention, got none "
                + "(only O2 is bundled)");
        Scan scan;
        double[] range = open ? model.host().range(scanTarget) : new double[] {scanFrom, scanTo};
        try {
            scan = new Scan(scanKind, scanTarget, range[0], range[1], scanPoints,
                    resolve(reservoir, scanKind, scanTarget), temperatureK);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("scanTarget", "expected a valid scan: " + e.getMessage());
        }
        try {
            // Applying the scan once finds a target the model cannot vary (a dopant it lacks, the host's dependent
            // element) before any solution is attempted.
            scan.apply(model, range[0], temperatureK);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("scanTarget", "expected a target the model can vary: " + e.getMessage());
        }
    }

    /**
     * The default settings of a model at a reference temperature with a scan from {@code scanFrom} to
     * {@code scanTo} (NaN and NaN: the host's range of a chemical potential): {@value #DEFAULT_SCAN_POINTS} scan
     * points, {@value #DEFAULT_MAP_POINTS} map temperatures from max(T/2, 200 K) to 1.5 T, dilute limit
     * {@value #DEFAULT_DILUTE_LIMIT}.
     */
    public static DefectStudySettings of(DefectModel model, double temperatureK, Scan.Kind scanKind,
                                         String scanTarget, double scanFrom, double scanTo) {
        return new DefectStudySettings(model, temperatureK, scanKind, scanTarget, scanFrom, scanTo,
                DEFAULT_SCAN_POINTS, Double.NaN, Double.NaN, DEFAULT_MAP_POINTS, DEFAULT_DILUTE_LIMIT, null);
    }

    /** The default settings of a chemical-potential scan of a host element over its stability range. */
    public static DefectStudySettings overHostRange(DefectModel model, double temperatureK, String element) {
        return of(model, temperatureK, Scan.Kind.CHEMICAL_POTENTIAL, element, Double.NaN, Double.NaN);
    }

    /** A copy with the scan range. */
    public DefectStudySettings withScanRange(double from, double to) {
        return new DefectStudySettings(model, temperatureK, scanKind, scanTarget, from, to, scanPoints, mapFromK,
                mapToK, mapPoints, diluteLimit, reservoir);
    }

    /** A copy with the number of scan points. */
    public DefectStudySettings withScanPoints(int points) {
        return new DefectStudySettings(model, temperatureK, scanKind, scanTarget, scanFrom, scanTo, points, mapFromK,
                mapToK, mapPoints, diluteLimit, reservoir);
    }

    /** A copy with the map temperatures (NaN ends take their defaults). */
    public DefectStudySettings withMapTemperatures(double fromK, double toK, int points) {
        return new DefectStudySettings(model, temperatureK, scanKind, scanTarget, scanFrom, scanTo, scanPoints, fromK,
                toK, points, diluteLimit, reservoir);
    }

    /** A copy with the dilute limit of the warnings. */
    public DefectStudySettings withDiluteLimit(double limit) {
        return new DefectStudySettings(model, temperatureK, scanKind, scanTarget, scanFrom, scanTo, scanPoints,
                mapFromK, mapToK, mapPoints, limit, reservoir);
    }

    /** A copy with the gas reservoir of a partial-pressure scan (null: the default, see the class comment). */
    public DefectStudySettings withReservoir(GasReservoir gas) {
        return new DefectStudySettings(model, temperatureK, scanKind, scanTarget, scanFrom, scanTo, scanPoints,
                mapFromK, mapToK, mapPoints, diluteLimit, gas);
    }

    /** The gas reservoir in use: the given one, or the default (O2 for O; fixed mu for scans of other kinds). */
    public GasReservoir resolvedReservoir() {
        return resolve(reservoir, scanKind, scanTarget);
    }

    private static GasReservoir resolve(GasReservoir given, Scan.Kind kind, String target) {
        if (given != null) {
            return given;
        }
        return kind == Scan.Kind.PARTIAL_PRESSURE && OXYGEN.equals(target) ? GasReservoir.oxygen()
                : GasReservoir.fixedMu();
    }

    /** The scan with its open ends resolved. */
    public Scan scan() {
        double[] range = Double.isNaN(scanFrom) ? model.host().range(scanTarget) : new double[] {scanFrom, scanTo};
        return new Scan(scanKind, scanTarget, range[0], range[1], scanPoints, resolvedReservoir(), temperatureK);
    }

    /** The temperatures of the mechanism map, open ends resolved (K). */
    public double[] mapTemperaturesK() {
        double lo = Double.isNaN(mapFromK) ? Math.max(temperatureK / 2, MAP_FLOOR_K) : mapFromK;
        double hi = Double.isNaN(mapToK) ? 1.5 * temperatureK : mapToK;
        double[] t = new double[mapPoints];
        for (int i = 0; i < mapPoints; i++) {
            t[i] = lo + (hi - lo) * i / (mapPoints - 1);
        }
        return t;
    }
}
