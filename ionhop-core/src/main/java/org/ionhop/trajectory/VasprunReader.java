package org.ionhop.trajectory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.ProgressListener;
import org.ionhop.structure.Lattice;
import org.ionhop.units.Units;

/**
 * The ionic steps of a VASP molecular-dynamics run from {@code vasprun.xml}, streamed with the JDK's StAX
 * parser so that files of many gigabytes never sit in memory. Each {@code <calculation>} holds one ionic
 * step with its {@code <crystal>} basis (per-step, so NPT runs work) and fractional {@code positions}.
 *
 * <p>Time between frames: POTIM (fs) from the parameters. vasprun.xml records every ionic step (NBLOCK only
 * thins XDATCAR, VASP wiki "NBLOCK"); with machine-learned force fields ML_OUTBLOCK thins both, so the interval is
 * POTIM x ML_OUTBLOCK when that tag is present. Temperature: TEBEG (K) when TEEND equals it.
 */
public final class VasprunReader implements TrajectoryReader {
    @Override
    public void read(Path path, FrameSink sink, ProgressListener progress) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputFormatException(name, 0, "file not found");
        }
        try (InputStream in = open(path, progress)) {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader x = f.createXMLStreamReader(in);
            try {
                new Parse(name, x, sink).run();
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InputFormatException(name, line, "expected well-formed vasprun.xml (a truncated file?), found: "
                    + e.getMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputFormatException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static InputStream open(Path path, ProgressListener progress) throws IOException {
        InputStream raw = new BufferedInputStream(
                ProgressSource.counting(Files.newInputStream(path), Files.size(path), progress), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    /** One pass over the document. */
    private static final class Parse {
        private final String name;
        private final XMLStreamReader x;
        private final FrameSink sink;
        private final Map<String, String> params = new HashMap<>();
        private final List<String> species = new ArrayList<>();
        private boolean begun;
        private long frames;

        Parse(String name, XMLStreamReader x, FrameSink sink) {
            this.name = name;
            this.x = x;
            this.sink = sink;
        }

        private InputFormatException error(String expected) {
            return new InputFormatException(name, x.getLocation().getLineNumber(), expected);
        }

        void run() throws XMLStreamException {
            int depthCalc = -1;
            int depth = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String tag = x.getLocalName();
                    switch (tag) {
                        case "i" -> {
                            String key = x.getAttributeValue(null, "name");
                            String text = x.getElementText().strip();
                            depth--;
                            if (key != null && depthCalc < 0) {
                                params.put(key, text);
                            }
                        }
                        case "array" -> {
                            if ("atoms".equals(x.getAttributeValue(null, "name"))) {
                                readAtoms();
                                depth--;
                            }
                        }
                        case "calculation" -> depthCalc = depth;
                        case "structure" -> {
                            if (depthCalc > 0) {
                                readStructure();
                                depth--;
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == depthCalc) {
                        depthCalc = -1;
                    }
                    depth--;
                }
            }
            if (frames == 0) {
                throw new InputFormatException(name, 0, "expected at least one <calculation> with a structure "
                        + "(an MD run), found none");
            }
        }

        /** {@code <array name="atoms">}: rows of (element, type), the element first. */
        private void readAtoms() throws XMLStreamException {
            int depth = 1;
            boolean firstColumn = false;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (x.getLocalName().equals("rc")) {
                        firstColumn = true;
                    } else if (x.getLocalName().equals("c") && firstColumn) {
                        String sym = x.getElementText().strip();
                        depth--;
                        firstColumn = false;
                        species.add(org.ionhop.structure.Element.fromSymbol(sym.split("_")[0])
                                .map(org.ionhop.structure.Element::symbol)
                                .orElseThrow(() -> error("expected an element symbol in atominfo, found '" + sym
                                        + "'")));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private void readStructure() throws XMLStreamException {
            double[][] basis = null;
            double[] frac = null;
            int depth = 1;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (x.getLocalName().equals("varray")) {
                        String n = x.getAttributeValue(null, "name");
                        if ("basis".equals(n)) {
                            basis = readVectors(3);
                            depth--;
                        } else if ("positions".equals(n)) {
                            double[][] p = readVectors(species.size());
                            depth--;
                            frac = new double[3 * p.length];
                            for (int i = 0; i < p.length; i++) {
                                System.arraycopy(p[i], 0, frac, 3 * i, 3);
                            }
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (basis == null || frac == null) {
                throw error("expected a basis and positions in the structure of ionic step " + (frames + 1));
            }
            if (!begun) {
                begin();
            }
            Lattice lattice;
            try {
                lattice = Lattice.fromMatrix(basis);
            } catch (IllegalArgumentException e) {
                throw error("expected three independent basis vectors, found " + e.getMessage());
            }
            sink.frame(lattice, frac, frames);
            frames++;
        }

        private double[][] readVectors(int expected) throws XMLStreamException {
            double[][] out = new double[expected][];
            int k = 0;
            while (true) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("v")) {
                    String[] t = Tokens.split(x.getElementText());
                    if (k >= expected || t.length != 3) {
                        throw error("expected " + expected + " vectors of three numbers, found vector " + (k + 1)
                                + " with " + t.length);
                    }
                    double[] v = new double[3];
                    for (int j = 0; j < 3; j++) {
                        try {
                            v[j] = Double.parseDouble(t[j]);
                        } catch (NumberFormatException e) {
                            throw error("expected a number, found '" + t[j] + "'");
                        }
                        if (!Double.isFinite(v[j])) {
                            throw error("expected a finite number, found '" + t[j] + "'");
                        }
                    }
                    out[k++] = v;
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("varray")) {
                    break;
                }
            }
            if (k != expected) {
                throw error("expected " + expected + " vectors, found " + k);
            }
            return out;
        }

        private void begin() {
            if (species.isEmpty()) {
                throw error("expected <atominfo> with the atoms before the first ionic step, found none");
            }
            double potim = number("POTIM");
            double outblock = params.containsKey("ML_OUTBLOCK") ? number("ML_OUTBLOCK") : 1;
            double interval = potim > 0 ? Units.fsToPs(potim * outblock) : Double.NaN;
            double tebeg = number("TEBEG");
            double teend = params.containsKey("TEEND") ? number("TEEND") : tebeg;
            double temp = tebeg > 0 && Math.abs(teend - tebeg) < 1e-9 ? tebeg : Double.NaN;
            sink.begin(new TrajectoryHeader(name, "vasprun.xml", List.copyOf(species), interval, Double.NaN, temp,
                    false));
            begun = true;
        }

        private double number(String key) {
            String v = params.get(key);
            if (v == null) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(v.split("\\s+")[0]);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
