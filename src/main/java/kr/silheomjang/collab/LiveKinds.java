package kr.silheomjang.collab;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every {@link LiveKind} the application declares, found once by scanning for enums that implement it. Used to turn a
 * key read off the wire (Redis) back into its kind, and by tests that check every kind is published and heard.
 */
public final class LiveKinds {

    private static final String ROOT = "kr.silheomjang";
    private static volatile Map<String, LiveKind> byKey;

    private LiveKinds() {
    }

    /** The kind with this wire key, if any module declares it. */
    public static Optional<LiveKind> byKey(String key) {
        return Optional.ofNullable(all().get(key));
    }

    /** All declared kinds by key. Two kinds with the same key are a programming error. */
    public static Map<String, LiveKind> all() {
        Map<String, LiveKind> found = byKey;
        if (found == null) {
            synchronized (LiveKinds.class) {
                if (byKey == null) {
                    byKey = scan();
                }
                found = byKey;
            }
        }
        return found;
    }

    private static Map<String, LiveKind> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(LiveKind.class));
        Map<String, LiveKind> kinds = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents(ROOT)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), LiveKinds.class.getClassLoader());
            if (type.isEnum() && LiveKind.class.isAssignableFrom(type)) {
                register(kinds, Arrays.asList((LiveKind[]) type.getEnumConstants()));
            }
        }
        return Map.copyOf(kinds);
    }

    private static void register(Map<String, LiveKind> kinds, Collection<LiveKind> declared) {
        for (LiveKind k : declared) {
            LiveKind clash = kinds.putIfAbsent(k.key(), k);
            if (clash != null && clash != k) {
                throw new IllegalStateException("Live kind key '" + k.key() + "' declared twice: " + clash + ", " + k);
            }
        }
    }

    /** For tests: the kinds in a stable order. */
    public static List<LiveKind> sorted() {
        return all().values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }
}
