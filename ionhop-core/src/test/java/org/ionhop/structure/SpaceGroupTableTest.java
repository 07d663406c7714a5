package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SpaceGroupTableTest {
    private final SpaceGroupTable table = SpaceGroupTable.get();

    /**
     * Order of the point group of each IT number (International Tables for Crystallography Vol. A, Table 3.2.3.2:
     * the 32 crystal classes and the space-group numbers that belong to them). Independent of the table's data.
     */
    private static int pointGroupOrder(int n) {
        int[][] ranges = {
            {1, 1, 1}, {2, 2, 2}, {3, 5, 2}, {6, 9, 2}, {10, 15, 4}, {16, 24, 4}, {25, 46, 4}, {47, 74, 8},
            {75, 80, 4}, {81, 82, 4}, {83, 88, 8}, {89, 98, 8}, {99, 110, 8}, {111, 122, 8}, {123, 142, 16},
            {143, 146, 3}, {147, 148, 6}, {149, 155, 6}, {156, 161, 6}, {162, 167, 12}, {168, 173, 6}, {174, 174, 6},
            {175, 176, 12}, {177, 182, 12}, {183, 186, 12}, {187, 190, 12}, {191, 194, 24}, {195, 199, 12},
            {200, 206, 24}, {207, 214, 24}, {215, 220, 24}, {221, 230, 48}};
        for (int[] r : ranges) {
            if (n >= r[0] && n <= r[1]) {
                return r[2];
            }
        }
        throw new IllegalArgumentException("no space group " + n);
    }

    /** Lattice points per conventional cell from the centring letter (R on hexagonal axes: 3). */
    private static int centringMultiplicity(SpaceGroup g) {
        char c = g.hermannMauguin().charAt(0);
        return switch (c) {
            case 'P' -> 1;
            case 'A', 'B', 'C', 'I' -> 2;
            case 'F' -> 4;
            case 'R' -> "R".equals(g.choice()) ? 1 : 3;
            default -> throw new IllegalArgumentException(g.hermannMauguin());
        };
    }

    @Test
    void holdsAll530SettingsAndOneDefaultPerNumber() {
        assertThat(table.settings()).hasSize(530);
        for (int n = 1; n <= 230; n++) {
            final int num = n;
            assertThat(table.settings().stream().filter(g -> g.number() == num && g.standard()).count())
                    .as("defaults of %d", n).isEqualTo(1);
            assertThat(table.byNumber(n)).isPresent();
        }
        assertThat(table.byNumber(0)).isEmpty();
        assertThat(table.byNumber(231)).isEmpty();
    }

    @Test
    void everySettingHasTheOrderOfItsPointGroupTimesItsCentring() {
        for (SpaceGroup g : table.settings()) {
            assertThat(g.order()).as("%s (Hall %d)", g.label(), g.hallNumber())
                    .isEqualTo(pointGroupOrder(g.number()) * centringMultiplicity(g));
            assertThat(new HashSet<>(g.operations())).hasSize(g.order());
        }
    }

    @Test
    void knownOrdersInTheConventionalCell() {
        assertThat(table.bySymbol("Fm-3m").orElseThrow().order()).isEqualTo(192);
        assertThat(table.bySymbol("P n m a").orElseThrow().order()).isEqualTo(8);
        assertThat(table.bySymbol("P6/mmm").orElseThrow().order()).isEqualTo(24);
        assertThat(table.bySymbol("I a -3 d").orElseThrow().order()).isEqualTo(96);
        assertThat(table.bySymbol("R -3 c H").orElseThrow().order()).isEqualTo(36);
        assertThat(table.bySymbol("R-3c:R").orElseThrow().order()).isEqualTo(12);
    }

    @Test
    void everySettingIsClosedUnderCompositionAndHasInverses() {
        for (SpaceGroup g : table.settings()) {
            Set<SymmetryOperation> ops = new HashSet<>(g.operations());
            assertThat(ops).contains(SymmetryOperation.IDENTITY);
            for (SymmetryOperation a : g.operations()) {
                boolean hasInverse = false;
                for (SymmetryOperation b : g.operations()) {
                    SymmetryOperation ab = a.compose(b);
                    assertThat(ops).as("%s: %s * %s", g.label(), a, b).contains(ab);
                    hasInverse |= ab.isIdentity();
                }
                assertThat(hasInverse).as("%s: inverse of %s", g.label(), a).isTrue();
            }
        }
    }

    @Test
    void defaultsFollowTheItaConvention() {
        SymmetryOperation inversion = SymmetryOperation.parse("-x,-y,-z");
        // Origin choice 2 puts the origin on an inversion centre (ITA): -x,-y,-z is an operation of Fd-3m:2.
        SpaceGroup fd3m = table.byNumber(227).orElseThrow();
        assertThat(fd3m.choice()).isEqualTo("2");
        assertThat(fd3m.operations()).contains(inversion);
        assertThat(table.bySymbol("Fd-3m:1").orElseThrow().operations()).doesNotContain(inversion);
        assertThat(table.bySymbol("F d -3 m S").orElseThrow().choice()).isEqualTo("1");
        // Rhombohedral groups default to hexagonal axes.
        assertThat(table.byNumber(167).orElseThrow().choice()).isEqualTo("H");
        // Monoclinic: unique axis b, so P2_1/c contains the 2_1 screw along b: -x, y+1/2, -z+1/2.
        assertThat(table.byNumber(14).orElseThrow().operations()).contains(SymmetryOperation.parse("-x,y+1/2,-z+1/2"));
    }

    @Test
    void looksUpSymbolsWhateverTheSpacing() {
        for (String s : List.of("Pnma", "P n m a", "P 21/n 21/m 21/a", "P2_1/n2_1/m2_1/a", "-P 2ac 2n")) {
            assertThat(table.bySymbol(s)).as(s).map(SpaceGroup::number).contains(62);
        }
        assertThat(table.bySymbol("P b n m")).map(SpaceGroup::number).contains(62);
        assertThat(table.bySymbol("P b n m").orElseThrow().standard()).isFalse();
        assertThat(table.bySymbol("Q 1")).isEmpty();
    }
}
