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

/** Jackson support of {@link JsonMeasured}: replaces an annotated property by its flat value/error keys. */
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
