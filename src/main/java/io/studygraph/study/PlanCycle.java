package io.studygraph.study;

import java.util.List;

/** Items that depend on each other in a circle, in plan order; the plan broke the circle by dropping {@code dropped}. */
public record PlanCycle(List<String> items, String sentence, List<BrokenEdge> dropped) {}
