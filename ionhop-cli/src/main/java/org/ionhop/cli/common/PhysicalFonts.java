package org.ionhop.cli.common;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.util.GraphicsUtils;

/**
 * The physical font behind a logical one, as VectorGraphics2D's SVG processor would choose it, looked up once per
 * family, style and size in a run.
 *
 * <p>The lookup lays a test string out in every installed font ({@link GraphicsUtils#getPhysicalFont(Font)}), which
 * takes milliseconds; the answer depends only on the installed fonts, so a memo of it is a constant table filled on
 * first use and safe to share between threads.
 */
final class PhysicalFonts {
    /** Java's logical font families, which name no font file. */
    private static final Set<String> LOGICAL = Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF,
            Font.MONOSPACED);
    /** Logical family + style + size to the physical family chosen for it. */
    private static final Map<String, String> FAMILY = new ConcurrentHashMap<>();

    private PhysicalFonts() {
    }

    /**
     * The font with its family replaced by the physical family VectorGraphics2D would write for it; the font itself
     * when its family is physical already or is the processor's default family (for which it writes no family).
     */
    static Font of(Font font) {
        String family = font.getFamily();
        if (!LOGICAL.contains(family) || family.equals(GraphicsState.DEFAULT_FONT.getFamily())) {
            return font;
        }
        String key = family + '|' + font.getStyle() + '|' + font.getSize2D();
        String physical = FAMILY.computeIfAbsent(key, k -> GraphicsUtils.getPhysicalFont(font).getFamily());
        if (physical.equals(family)) {
            return font;
        }
        Map<TextAttribute, Object> attributes = new HashMap<>(font.getAttributes());
        attributes.put(TextAttribute.FAMILY, physical);
        return new Font(attributes);
    }
}
