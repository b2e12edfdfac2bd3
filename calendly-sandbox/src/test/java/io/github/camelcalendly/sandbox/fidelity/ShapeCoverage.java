package io.github.camelcalendly.sandbox.fidelity;

import java.util.stream.Stream;

/**
 * Every endpoint a shape test compares with a reference answer, gathered from each shape test class so that
 * {@link FixtureShapeTest#everyModelledEndpointWithABodyIsCompared()} sees them all. Names are
 * {@code "METHOD /path/{uuid}"}, optionally followed by a parenthesised variant.
 */
final class ShapeCoverage {

    private ShapeCoverage() {
    }

    static Stream<String> comparedEndpoints() {
        return Stream.of(
                FixtureShapeTest.cases().map(FixtureShapeTest.ShapeCase::name),
                MeetingRecapsShapeTest.comparedEndpoints(),
                RoutingFormsShapeTest.comparedEndpoints(),
                ContactsShapeTest.comparedEndpoints(),
                EnterpriseShapeTest.comparedEndpoints(),
                GroupsShapeTest.comparedEndpoints())
                .flatMap(names -> names);
    }
}
