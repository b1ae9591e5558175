// Rebuilds of one process, as `duidu serve` makes them, with each build's own stage split: edits one
// seed RUNS times (replacing its first 護林員 by a new word each time) and rebuilds into the same OUT
// with one Dictionaries and one BuildMemory, like DevServer. Two warm-up builds are not counted.
//
//   java -cp target/duidu.jar bench/serve/Rebuilds.java SITE OUT SEED-RELATIVE-TO-SITE RUNS
//
// (Java's single-file source launcher: nothing to compile.) The seed is restored afterwards.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.duidu.config.ConfigLoader;
import org.duidu.site.BuildMemory;
import org.duidu.site.BuildResult;
import org.duidu.site.Dictionaries;
import org.duidu.site.SiteBuilder;
import org.duidu.site.StageTiming;

public class Rebuilds {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path seed = site.resolve(args[2]);
        int runs = Integer.parseInt(args[3]);
        String original = Files.readString(seed);
        if (!original.contains("護林員")) {
            throw new IllegalArgumentException(seed + " has no 護林員 to edit");
        }
        Dictionaries dictionaries = new Dictionaries();
        BuildMemory memory = new BuildMemory();
        long[] millis = new long[runs];
        try {
            for (int i = -2; i < runs; i++) {
                Files.writeString(seed, original.replaceFirst("護林員", "守林人" + (i + 2) + "號"));
                long start = System.nanoTime();
                BuildResult result = SiteBuilder.build(ConfigLoader.load(site, out), dictionaries, memory);
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (i >= 0) {
                    millis[i] = ms;
                }
                StringBuilder split = new StringBuilder();
                for (StageTiming t : result.timings()) {
                    if (t.millis() > 0) {
                        split.append(t.stage()).append(' ').append(t.millis()).append(" ms, ");
                    }
                }
                System.out.println((i < 0 ? "warm-up" : "run " + i) + ": " + ms + " ms: " + split);
            }
        } finally {
            Files.writeString(seed, original);
        }
        Arrays.sort(millis);
        System.out.println("median of " + runs + ": " + millis[runs / 2] + " ms (min " + millis[0] + ", max " + millis[runs - 1] + ")");
    }
}
