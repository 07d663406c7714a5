package org.ionhop.neb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.io.InputFormatException;
import org.ionhop.structure.Lattice;

/**
 * A nudged elastic band: the images from the initial (first) to the final (last) state in one periodic cell.
 *
 * @param lattice the cell (Å), the same for every image (fixed-cell NEB)
 * @param species element symbol of each atom, in file order
 * @param images  the images, end points included, in band order
 * @param source  file or folder the band was read from
 */
public record NebBand(Lattice lattice, List<String> species, List<NebImage> images, String source) {
    /** Validates that every image has the same atoms. */
    public NebBand {
        species = List.copyOf(species);
        images = List.copyOf(images);
        if (images.size() < 3) {
            throw new IllegalArgumentException(source + ": a band needs at least three images (two end points and one "
                    + "image between), found " + images.size());
        }
        for (NebImage im : images) {
            if (im.atoms() != species.size()) {
                throw new IllegalArgumentException(im.source() + ": expected " + species.size() + " atoms as in the "
                        + "first image, found " + im.atoms());
            }
        }
        source = source == null ? "" : source;
    }

    /**
     * Reads a band: a folder is read as a VASP NEB run ({@link VaspNebReader}), a file as an extended-XYZ band
     * ({@link ExtXyzBandReader}).
     */
    public static NebBand read(Path path) {
        if (Files.isDirectory(path)) {
            return VaspNebReader.read(path);
        }
        if (!Files.exists(path)) {
            throw new InputFormatException(path, 0, "file or folder not found; expected a VASP NEB folder (00, 01, "
                    + "..., NN) or an extended-XYZ band");
        }
        return ExtXyzBandReader.read(path);
    }

    /** Number of images, end points included. */
    public int size() {
        return images.size();
    }
}
