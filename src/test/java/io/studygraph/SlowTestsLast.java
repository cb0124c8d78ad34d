package io.studygraph;

import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Runs the load and crash tests after every other test class, keeping the others' order. A
 * minute of load leaves the common search path compiled hot in this JVM: SearchCostTest, a
 * timing ratio of rare query shapes to a common one, once failed at 13× (bound 10×) when it ran
 * right after the load test, and passes alone. Set in {@code junit-platform.properties}.
 */
public final class SlowTestsLast implements ClassOrderer {
    private static final Set<String> SLOW = Set.of("load", "crash");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: classes of equal rank stay where they were.
        context.getClassDescriptors().sort(Comparator.comparingInt(SlowTestsLast::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(Tag.class).stream().anyMatch(tag -> SLOW.contains(tag.value())) ? 1 : 0;
    }
}
