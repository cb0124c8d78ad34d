package io.studygraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people of one entity, as {@link DocumentSource} reads them: who is credited how, by which
 * names, and in which author list order. A hit shows each author or presenter once, by display
 * name, authors in list order; every other name (and every contributor) is searchable only.
 */
final class Credits {
    private final Map<String, Set<String>> roles = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> names = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, String>> authorLists = new LinkedHashMap<>();

    /** {@code person} is linked by {@code role} ("author", "presenter", "contributor") and has {@code name} by {@code property}. */
    void name(String person, String role, String property, String name) {
        roles.computeIfAbsent(person, p -> new LinkedHashSet<>()).add(role);
        names.computeIfAbsent(person, p -> new LinkedHashMap<>()).computeIfAbsent(property, p -> new LinkedHashSet<>()).add(name);
    }

    /** {@code person} is at {@code position} of the author list {@code list}. */
    void position(String list, String person, int position) {
        authorLists.computeIfAbsent(list, l -> new TreeMap<>()).put(position, person);
    }

    /** Authors (in the order of the longest author list, then any others) and presenters, by display name. */
    List<String> shown() {
        Set<String> people = new LinkedHashSet<>(authorLists.values().stream()
                .max(Comparator.comparingInt(Map::size)).map(TreeMap::values).orElse(List.of()));
        for (String role : List.of("author", "presenter")) {
            roles.entrySet().stream().filter(r -> r.getValue().contains(role)).map(Map.Entry::getKey)
                    .sorted(Comparator.comparing(this::displayName)).forEach(people::add);
        }
        List<String> shown = new ArrayList<>();
        for (String person : people) {
            String name = displayName(person);
            if (!name.isEmpty() && !shown.contains(name)) shown.add(name);
        }
        return shown;
    }

    /** Every other name of everyone credited: found by search, never shown. */
    List<String> otherNames() {
        List<String> shown = shown();
        Set<String> other = new LinkedHashSet<>();
        names.values().forEach(byProperty -> byProperty.values().forEach(other::addAll));
        other.removeIf(shown::contains);
        return List.copyOf(other);
    }

    // The same display rule as an entity's label: name > prefLabel > rdfs:label.
    private String displayName(String person) {
        Map<String, Set<String>> byProperty = names.getOrDefault(person, Map.of());
        for (String property : List.of("name", "prefLabel", "label")) {
            Set<String> values = byProperty.get(property);
            if (values != null && !values.isEmpty()) return values.iterator().next();
        }
        return "";
    }
}
