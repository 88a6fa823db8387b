/**
 * A school's section attendance and period and year marks in the Ed-Fi Data Standard v5 (EXC-1,
 * REP-10): interchange XML written with the JDK's StAX ({@code java.xml}) and the bodies of the
 * Ed-Fi API resources written with Jackson. Uses journal-core's exported API only (DESIGN.md:
 * adapters that translate domain data never reach the engine's internals).
 */
module org.schooljournal.adapter.edfi {
    requires transitive org.schooljournal.core;
    requires transitive java.xml;
    requires com.fasterxml.jackson.databind;

    exports org.schooljournal.adapter.edfi;
}
