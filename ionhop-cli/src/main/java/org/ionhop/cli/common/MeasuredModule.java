package org.ionhop.cli.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import org.ionhop.stats.Measured;

/**
 * Jackson support of {@link JsonMeasured}: replaces an annotated property by its flat value/error keys; a list of
 * {@link Measured} becomes an array of values and an array of errors under the same keys.
 */
final class MeasuredModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    MeasuredModule() {
        super("ionhop-measured");
        setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription desc,
                                                             List<BeanPropertyWriter> props) {
                List<BeanPropertyWriter> out = new ArrayList<>(props.size());
                for (BeanPropertyWriter w : props) {
                    JsonMeasured m = w.getAnnotation(JsonMeasured.class);
                    out.add(m == null ? w : new PairWriter(w, m));
                }
                return out;
            }
        });
    }

    /** Writes the value, error and (optionally) sample count of a {@link Measured} as sibling keys. */
    private static final class PairWriter extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;
        private final transient JsonMeasured keys;

        PairWriter(BeanPropertyWriter base, JsonMeasured keys) {
            super(base);
            this.keys = keys;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            Object v = get(bean);
            if (v instanceof List<?> list) {
                writeArrays(gen, list);
                return;
            }
            Measured m = v instanceof Measured x ? x : null;
            writeFinite(gen, keys.value(), m == null ? Double.NaN : m.value());
            writeFinite(gen, keys.err(), m == null ? Double.NaN : m.err());
            if (!keys.samples().isEmpty()) {
                gen.writeFieldName(keys.samples());
                if (m == null) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(m.samples());
                }
            }
        }

        /** A list of estimates: an array of values and an array of errors (and of sample counts). */
        private void writeArrays(JsonGenerator gen, List<?> list) throws IOException {
            gen.writeArrayFieldStart(keys.value());
            for (Object o : list) {
                writeFinite(gen, o instanceof Measured m ? m.value() : Double.NaN);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart(keys.err());
            for (Object o : list) {
                writeFinite(gen, o instanceof Measured m ? m.err() : Double.NaN);
            }
            gen.writeEndArray();
            if (!keys.samples().isEmpty()) {
                gen.writeArrayFieldStart(keys.samples());
                for (Object o : list) {
                    gen.writeNumber(o instanceof Measured m ? m.samples() : 0);
                }
                gen.writeEndArray();
            }
        }

        private static void writeFinite(JsonGenerator gen, double x) throws IOException {
            if (Double.isFinite(x)) {
                gen.writeNumber(x);
            } else {
                gen.writeNull();
            }
        }

        private static void writeFinite(JsonGenerator gen, String key, double x) throws IOException {
            gen.writeFieldName(key);
            if (Double.isFinite(x)) {
                gen.writeNumber(x);
            } else {
                gen.writeNull();
            }
        }
    }
}
