package org.duidu.publish;

import java.nio.file.Path;

/**
 * A second process for lock tests: begins a generation in {@code args[0]}, says so on stdout and
 * holds it until stdin closes (or the test kills it).
 */
public final class LockHolder {
    private LockHolder() {
    }

    /** Runs the holder. */
    public static void main(String[] args) throws Exception {
        try (Generation g = Generation.begin(Path.of(args[0]), false)) {
            System.out.println("holding " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the parent closes our stdin
            }
        }
    }
}
