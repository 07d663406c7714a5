package org.ionhop.cli.theory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionhop.transport.CheckSettings;
import org.ionhop.transport.ConsistencyCheck;
import org.ionhop.transport.TransportQuantity;

/**
 * A transport consistency-check file (YAML or JSON; format in docs/transport.md) parsed into the
 * {@link CheckSettings} of {@link org.ionhop.transport.TransportTheory#check}: the temperature, the ion charge, the
 * dimension, the significance level (each key left out takes the settings' default), and whatever measurements the
 * user has, each in the unit named by its key, converted to internal units here.
 */
final class TransportCheckInput {
    private TransportCheckInput() {
    }

    /** Input key, quantity, and the factor from the key's unit to the internal unit. */
    enum Key {
        SIGMA("sigma_S_per_cm", TransportQuantity.SIGMA, 1),
        CARRIER_DENSITY("carrier_density_per_cm3", TransportQuantity.CARRIER_DENSITY, 1e-24),
        CHARGE_DIFFUSIVITY("charge_diffusivity_cm2_per_s", TransportQuantity.CHARGE_DIFFUSIVITY, 1e4),
        TRACER_DIFFUSIVITY("tracer_diffusivity_cm2_per_s", TransportQuantity.TRACER_DIFFUSIVITY, 1e4),
        HAVEN_RATIO("haven_ratio", TransportQuantity.HAVEN_RATIO, 1),
        CORRELATION_FACTOR("correlation_factor", TransportQuantity.CORRELATION_FACTOR, 1),
        JUMP_RATE("jump_rate_per_s", TransportQuantity.JUMP_RATE, 1e-12),
        JUMP_DISTANCE("jump_distance_A", TransportQuantity.JUMP_DISTANCE, 1),
        ATTEMPT("effective_attempt_frequency_THz", TransportQuantity.EFFECTIVE_ATTEMPT_FREQUENCY, 1),
        ENTHALPY("activation_enthalpy_eV", TransportQuantity.ACTIVATION_ENTHALPY, 1);

        final String key;
        final TransportQuantity quantity;
        final double toInternal;

        Key(String key, TransportQuantity quantity, double toInternal) {
            this.key = key;
            this.quantity = quantity;
            this.toInternal = toInternal;
        }

        /** The input key of a quantity. */
        static Key of(TransportQuantity q) {
            for (Key k : values()) {
                if (k.quantity == q) {
                    return k;
                }
            }
            throw new IllegalStateException(q.toString());
        }
    }

    /** Reads a file. */
    static CheckSettings read(Path file) {
        InputTree in = InputTree.read(file);
        JsonNode r = in.root();
        double t = in.number(r, "temperature_K", "");
        double q = in.number(r, "charge", "", CheckSettings.DEFAULT_CHARGE_E);
        double dim = in.number(r, "dimension", "", CheckSettings.DEFAULT_DIMENSION);
        double alpha = in.number(r, "alpha", "", CheckSettings.DEFAULT_ALPHA);
        // Checked here rather than left to ConsistencyCheck so that the message names the line of the key.
        if (!(t > 0)) {
            throw in.error("temperature_K", "a temperature > 0 K", r.get("temperature_K"));
        }
        if (q == 0) {
            throw in.error("charge", "a non-zero ion charge in e", r.get("charge"));
        }
        if (dim != 1 && dim != 2 && dim != 3) {
            throw in.error("dimension", "1, 2 or 3", r.get("dimension"));
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw in.error("alpha", "a significance level between 0 and 1", r.get("alpha"));
        }
        int d = (int) dim;
        JsonNode ms = in.object(r, "measurements", "");
        List<ConsistencyCheck.Measurement> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ms.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Key key = null;
            for (Key k : Key.values()) {
                if (k.key.equals(e.getKey())) {
                    key = k;
                }
            }
            if (key == null) {
                throw in.at("measurements." + e.getKey(), "expected one of " + keys() + ", found an unknown key");
            }
            String p = "measurements." + e.getKey() + ".";
            JsonNode m = e.getValue();
            double value;
            double err = 0;
            String source = e.getKey();
            if (m.isNumber()) {
                value = m.doubleValue();
            } else if (m.isObject()) {
                value = in.number(m, "value", p);
                err = in.number(m, "error", p, 0.0);
                source = m.hasNonNull("source") ? in.text(m, "source", p) : source;
            } else {
                throw in.error(p.substring(0, p.length() - 1), "a number or {value, error, source}", m);
            }
            try {
                out.add(new ConsistencyCheck.Measurement(key.quantity, value * key.toInternal, err * key.toInternal,
                        source));
            } catch (IllegalArgumentException ex) {
                throw in.at(p + "value", "expected a valid value: " + ex.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw in.error("measurements", "at least one of " + keys(), ms);
        }
        return new CheckSettings(out, t, q, d, alpha);
    }

    static String keys() {
        StringBuilder b = new StringBuilder();
        for (Key k : Key.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.key);
        }
        return b.toString();
    }
}
