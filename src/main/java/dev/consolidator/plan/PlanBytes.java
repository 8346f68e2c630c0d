package dev.consolidator.plan;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The plan file as bytes, before it is YAML: callers check {@link #tooLarge} with the file's size before they read
 * it (a plan is a short file; a huge one is refused without reading it), and {@link #parse} decodes it as UTF-8,
 * naming the byte offset, line and column of the first byte that is not.
 */
public final class PlanBytes {
    /** 3 MiB, SnakeYAML's own default document limit: far above any real plan. */
    public static final long MAX_BYTES = 3L * 1024 * 1024;

    private PlanBytes() {
    }

    /** Whether a plan of this size is refused; check it before reading the file. */
    public static boolean tooLarge(long size) {
        return size > MAX_BYTES;
    }

    /** The refusal of a plan file that is too large, to show instead of reading it. */
    public static PlanParseResult refusedForSize(String fileName, long size) {
        return invalid(fileName, 1, 1, "the plan file is " + size + " bytes; a plan is at most " + MAX_BYTES
                + " bytes (3 MiB), so it was not read: look for a runaway value");
    }

    /** A plan that is a symbolic link is not read: it could point anywhere, and is not reviewed with the code. */
    public static PlanParseResult refusedSymlink(String fileName) {
        return invalid(fileName, 1, 1, "the plan file is a symbolic link; commit the plan itself at this path");
    }

    public static PlanParseResult parse(byte[] bytes, String fileName) {
        if (tooLarge(bytes.length)) {
            return refusedForSize(fileName, bytes.length);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = out.flip().toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            return invalid(fileName, line, column, "the plan file is there but is not UTF-8: the byte at offset "
                    + offset + " (0x" + String.format("%02X", bytes[offset] & 0xFF) + ") does not decode; save the"
                    + " file as UTF-8");
        }
        return new PlanParser().parse(out.flip().toString(), fileName);
    }

    private static PlanParseResult invalid(String fileName, int line, int column, String message) {
        return new PlanParseResult.Invalid(List.of(new PlanProblem(new Location(fileName, line, column), message)));
    }
}
