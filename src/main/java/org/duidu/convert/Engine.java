package org.duidu.convert;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.datamap.IDataMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule layers 1 and 2 for one {@link Target}: OpenCC4j's converter fed with the compiled
 * {@link Tables} (packed at build time) through its {@code dataMap} and {@code segment} extension points.
 */
final class Engine {
    private final ZhConvertBootstrap bootstrap;

    Engine(PackedPhrases tables) {
        IDataMap dataMap = new Data(tables.phraseMap(), tables.charMap());
        this.bootstrap = ZhConvertBootstrap.newInstance()
                .segment(new MaxMatchSegment(tables))
                .dataMap(dataMap)
                .init();
    }

    /** The engine of a target, from the tables packed at build time ({@link PackConvert}). */
    static Engine load(Target target) {
        return new Engine(PackedPhrases.load(target));
    }

    /** Converts text (any length; callers split long input at safe points). */
    String convert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        // all of this engine's tables sit in the "traditional → simple" slots; the direction is the target's
        return bootstrap.toSimple(text);
    }


    /** OpenCC4j's view of the tables; the same maps serve both of its directions. */
    private record Data(Map<String, List<String>> phrases, Map<String, List<String>> chars) implements IDataMap {
        @Override
        public Map<String, List<String>> tsPhrase() {
            return phrases;
        }

        @Override
        public Map<String, List<String>> tsChar() {
            return chars;
        }

        @Override
        public Map<String, List<String>> stPhrase() {
            return phrases;
        }

        @Override
        public Map<String, List<String>> stChar() {
            return chars;
        }

        @Override
        public Set<String> tChars() {
            return Set.of();
        }

        @Override
        public Set<String> sChars() {
            return Set.of();
        }
    }
}
