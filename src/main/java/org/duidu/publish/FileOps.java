package org.duidu.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two filesystem features a generation relies on and some filesystems lack (FAT, some network
 * and container mounts, Windows without the privilege). Injectable so tests can run the fallbacks on
 * a filesystem that has both.
 */
interface FileOps {
    /** Creates {@code link} as a hard link to {@code existing}. */
    void hardLink(Path link, Path existing) throws IOException;

    /** Creates {@code link} as a symbolic link to {@code target} (a relative target stays relative). */
    void symlink(Path link, Path target) throws IOException;

    /** The real filesystem. */
    FileOps SYSTEM = new FileOps() {
        @Override
        public void hardLink(Path link, Path existing) throws IOException {
            Files.createLink(link, existing);
        }

        @Override
        public void symlink(Path link, Path target) throws IOException {
            Files.createSymbolicLink(link, target);
        }
    };
}
