package dev.consolidator.transform;

import com.github.javaparser.ast.Node;

import java.util.function.Supplier;

/**
 * An unexpected exception met while a step worked on one source file, carrying that file and the line last marked
 * there, so a refused step can tell its user where to look (and what to report). Work on a file runs through
 * {@link #inFile}; code walking its nodes marks its place with {@link #at} (a per-thread mark: cheap, and right
 * under parallel rewriting because each file is worked on by one thread).
 */
public final class InternalFailure extends RuntimeException {
    private static final ThreadLocal<int[]> LINE = ThreadLocal.withInitial(() -> new int[1]);

    private final String file;
    private final int line;

    private InternalFailure(String file, int line, Throwable cause) {
        super(file + ":" + line + ": " + cause, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** Runs the work on one file; an exception other than a failure already placed comes out as one naming the file. */
    public static <T> T inFile(String path, Supplier<T> work) {
        int[] mark = LINE.get();
        int outer = mark[0];
        mark[0] = 0;
        try {
            return work.get();
        } catch (InternalFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new InternalFailure(path, Math.max(1, mark[0]), e);
        } finally {
            mark[0] = outer;
        }
    }

    public static void inFile(String path, Runnable work) {
        inFile(path, () -> {
            work.run();
            return null;
        });
    }

    /** Marks the node about to be worked on (its first line). */
    public static void at(Node node) {
        node.getBegin().ifPresent(p -> LINE.get()[0] = p.line);
    }
}
