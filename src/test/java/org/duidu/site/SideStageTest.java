package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SideStageTest {
    @Test
    void awaitWaitsForTheWorkToEnd() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        SideStage stage = SideStage.start("test-side", () -> {
            started.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            done.set(true);
        });
        started.await();
        assertThat(done).isFalse();
        stage.await();
        assertThat(done).isTrue();
        assertThat(stage.millis()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void theWorksFailureIsThrownByAwaitOnTheBuildsThread() {
        assertThatThrownBy(() -> SideStage.start("test-io", () -> {
            throw new IOException("disk full");
        }).await()).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> SideStage.start("test-unchecked", () -> {
            throw new UncheckedIOException(new IOException("gone"));
        }).await()).isInstanceOf(IOException.class).hasMessage("gone");
        assertThatThrownBy(() -> SideStage.start("test-error", () -> {
            throw new StackOverflowError("deep");
        }).await()).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }

    @Test
    void awaitQuietlyLeavesTheFailureUnsaid() {
        SideStage stage = SideStage.start("test-quiet", () -> {
            throw new IllegalStateException("second failure");
        });
        assertThatCode(stage::awaitQuietly).doesNotThrowAnyException();
    }
}
