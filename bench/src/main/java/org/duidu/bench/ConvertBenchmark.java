package org.duidu.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duidu.config.HantStandard;
import org.duidu.convert.Converter;
import org.duidu.model.Edition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm throughput of converting at least 10 MB of Traditional text: duidu's {@code toHans} (the site's
 * T→S with all rule layers), the streaming path behind {@code duidu convert}, and OpenCC4j's plain
 * {@code ZhConverterUtil.toSimple} as the baseline. One operation converts the whole sample; MB/s =
 * sample size / average time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ConvertBenchmark {
    String text;
    Converter converter;

    @Setup
    public void setUp() {
        text = Sample.text();
        converter = Converter.create(HantStandard.TAIWAN, List.of());
        System.out.printf("%nsample: %.2f MB%n", Sample.megabytes(text));
        ZhConverterUtil.toSimple("預熱"); // OpenCC4j loads its dictionaries on first use; keep that out of the timing
    }

    @Benchmark
    public String opencc4jToSimple() {
        return ZhConverterUtil.toSimple(text);
    }

    @Benchmark
    public String duiduToHans() {
        return converter.toHans(text);
    }

    @Benchmark
    public long duiduConvertStream() throws IOException {
        CountingWriter out = new CountingWriter();
        converter.convert(new StringReader(text), out, Edition.HANS);
        return out.count;
    }

    /** A writer that only counts, so the benchmark measures conversion, not output. */
    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public void write(String str) {
            count += str.length();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
