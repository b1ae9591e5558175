package org.duidu.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duidu.config.HantStandard;
import org.duidu.convert.Converter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Dictionary load time: building a {@link Converter} (both site engines and the script detector). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    /** Cold: the first converter in a fresh JVM (what a {@code duidu build} or {@code convert} pays). */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Converter coldLoad() {
        return Converter.create(HantStandard.TAIWAN, List.of());
    }

    /** Warm: later converters in the same JVM (what {@code duidu serve} pays per rebuild). */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Converter warmLoad() {
        return Converter.create(HantStandard.TAIWAN, List.of());
    }
}
