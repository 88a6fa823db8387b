/**
 * The contract kit every adapter passes: abstract JUnit 5 classes that an adapter's test extends.
 * Opened to JUnit, which runs the kit's nested checks reflectively.
 */
module org.schooljournal.adapter.tck {
    requires transitive org.schooljournal.spi;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports org.schooljournal.adapter.tck;

    opens org.schooljournal.adapter.tck to org.junit.platform.commons;
}
