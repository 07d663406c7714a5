package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SymmetryOperationTest {
    @Test
    void parsesTheUsualSpellings() {
        SymmetryOperation a = SymmetryOperation.parse("-x+1/2, y, z+1/4");
        assertThat(a.rotation()).containsExactly(-1, 0, 0, 0, 1, 0, 0, 0, 1);
        assertThat(a.translation24()).containsExactly(12, 0, 6);
        assertThat(SymmetryOperation.parse("1/2-X,+Y,Z+0.25")).isEqualTo(a);
        assertThat(SymmetryOperation.parse("-x+0.5,y,z+.25")).isEqualTo(a);
        SymmetryOperation hex = SymmetryOperation.parse("x-y,x,z");
        assertThat(hex.rotation()).containsExactly(1, -1, 0, 1, 0, 0, 0, 0, 1);
        // Translations outside [0,1) are reduced: a lattice translation does not change the operation.
        assertThat(SymmetryOperation.parse("x-1/3,y+4/3,z-1")).isEqualTo(SymmetryOperation.parse("x+2/3,y+1/3,z"));
        assertThat(SymmetryOperation.parse("x+0.3333,y+0.6667,z")).isEqualTo(SymmetryOperation.parse("x+1/3,y+2/3,z"));
    }

    @Test
    void writesWhatItParses() {
        for (String s : new String[] {"x,y,z", "-x+1/2,y,z+1/4", "x-y,x,-z+5/6", "-y+3/4,x+1/8,z"}) {
            SymmetryOperation op = SymmetryOperation.parse(s);
            assertThat(op.toXyz()).isEqualTo(s);
            assertThat(SymmetryOperation.parse(op.toXyz())).isEqualTo(op);
        }
    }

    @Test
    void appliesAndComposesLikeMatrices() {
        SymmetryOperation four = SymmetryOperation.parse("-y,x,z+1/4");
        double[] p = four.apply(new double[] {0.1, 0.2, 0.3});
        assertThat(p[0]).isCloseTo(-0.2, within(1e-15));
        assertThat(p[1]).isCloseTo(0.1, within(1e-15));
        assertThat(p[2]).isCloseTo(0.55, within(1e-15));
        // A 4_1 screw applied four times is a lattice translation (the identity mod 1).
        SymmetryOperation acc = SymmetryOperation.IDENTITY;
        for (int i = 0; i < 4; i++) {
            acc = acc.compose(four);
        }
        assertThat(acc.isIdentity()).isTrue();
        // compose means "first the argument": (A∘B)(p) = A(B(p)).
        SymmetryOperation b = SymmetryOperation.parse("x+1/2,-y,z");
        double[] viaCompose = four.compose(b).apply(new double[] {0.1, 0.2, 0.3});
        double[] stepwise = four.apply(b.apply(new double[] {0.1, 0.2, 0.3}));
        for (int i = 0; i < 3; i++) {
            assertThat(Site.wrap(viaCompose[i])).isCloseTo(Site.wrap(stepwise[i]), within(1e-12));
        }
    }

    @Test
    void rejectsWhatIsNotAnOperation() {
        assertThatThrownBy(() -> SymmetryOperation.parse("x,y")).hasMessageContaining("three");
        assertThatThrownBy(() -> SymmetryOperation.parse("x,y,q")).hasMessageContaining("expected");
        assertThatThrownBy(() -> SymmetryOperation.parse("x,x,z")).hasMessageContaining("determinant");
        assertThatThrownBy(() -> SymmetryOperation.parse("x+0.1,y,z")).hasMessageContaining("1/24");
    }
}
