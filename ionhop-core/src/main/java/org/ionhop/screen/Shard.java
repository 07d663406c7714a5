package org.ionhop.screen;

import java.nio.charset.StandardCharsets;

import org.ionhop.io.InvalidSettingException;

/**
 * Part k of N of a screen's inputs (1 &lt;= k &lt;= N), chosen by a hash of each input's key, so that N jobs (a
 * SLURM array) split any input list without coordination and each input falls in exactly one part.
 *
 * @param index the part, from 1
 * @param count the number of parts
 */
public record Shard(int index, int count) {
    /** The whole input. */
    public static final Shard ALL = new Shard(1, 1);

    /** Validates. */
    public Shard {
        InvalidSettingException.require(count >= 1 && index >= 1 && index <= count, "shard",
                "expected k/N with 1 <= k <= N, got " + index + "/" + count);
    }

    /** Parses {@code "k/N"}. */
    public static Shard parse(String text) {
        String[] p = text.strip().split("/");
        try {
            if (p.length == 2) {
                return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new InvalidSettingException("shard", "expected k/N such as 2/8, got \"" + text + "\"");
    }

    /** Whether an input belongs to this part. */
    public boolean contains(ScreenInput in) {
        if (count == 1) {
            return true;
        }
        String h = ScreenInput.sha256(in.key().getBytes(StandardCharsets.UTF_8));
        long v = Long.parseLong(h.substring(0, 12), 16);
        return v % count == index - 1;
    }
}
