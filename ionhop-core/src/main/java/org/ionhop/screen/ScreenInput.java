package org.ionhop.screen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One structure to screen: where it came from and its text. An input that could not even be read (a missing
 * file, a corrupt archive member) is still an input, with {@link #problem()} set, so that it becomes an error row
 * and is never silently skipped.
 *
 * @param file    the path as given, or {@code archive.tar.gz!member.cif} for an archive member
 * @param block   the CIF data block name ({@code ""} for POSCAR files and single-block CIFs without a name)
 * @param poscar  whether the text is a VASP POSCAR (otherwise CIF)
 * @param text    the (decompressed) text of the file or of the one data block, with the block's line numbers kept
 * @param sha256  SHA-256 of the decompressed bytes of the whole file, hex: renamed or re-compressed copies are
 *                recognised as the same input
 * @param problem why the input could not be read, or null
 */
public record ScreenInput(String file, String block, boolean poscar, String text, String sha256, String problem) {

    /** An input that could not be read. */
    public static ScreenInput unreadable(String file, String problem) {
        return new ScreenInput(file, "", false, "", sha256(file.getBytes(StandardCharsets.UTF_8)), problem);
    }

    /** Hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Whether the input was read. */
    public boolean readable() {
        return problem == null;
    }

    /** Identity of the row within a settings hash: the content hash and the block. */
    public String key() {
        return sha256 + "#" + block;
    }
}
