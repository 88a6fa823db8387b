/**
 * The domain model and the engine of School Journal: {@link org.schooljournal.core.JournalEngine},
 * its builder, and a package per concept of the regulation, each holding its facet, commands,
 * events and states (DESIGN.md; docs/architecture.md, "Module descriptors").
 *
 * <p>Every package is exported except {@code org.schooljournal.core.log}, the internals of the
 * event log: the codec, the hash chain, the folded streams and the one write loop. The packages
 * whose events Jackson writes and reads are opened to it; those holding commands are opened to
 * Hibernate Validator, which reads the commands' fields. The API exposes journal-spi's and
 * journal-rules' types and the commands' constraint annotations, so those modules are required
 * transitively. The engine finds the storage and notification providers with
 * {@link org.schooljournal.spi.Bootstrap}, for which this module declares {@code uses}. ICU4J,
 * which sorts lists of people (ROS-3), is an automatic module named by its manifest
 * ({@code Automatic-Module-Name: com.ibm.icu}), a name its authors keep; so are the CloudEvents SDK's
 * jars, which write the event feed ({@code io.cloudevents.api}, {@code .core}, {@code .formats.jackson}).
 */
@SuppressWarnings("requires-automatic")
module org.schooljournal.core {
    requires transitive org.schooljournal.spi;
    requires transitive org.schooljournal.rules;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.hibernate.validator;
    requires org.pcollections;
    requires com.github.benmanes.caffeine;
    requires com.ibm.icu;
    requires io.cloudevents.api;
    requires io.cloudevents.core;
    requires io.cloudevents.formats.jackson;
    requires java.logging;

    exports org.schooljournal.core;
    exports org.schooljournal.core.access;
    exports org.schooljournal.core.archive;
    exports org.schooljournal.core.compromise;
    exports org.schooljournal.core.diary;
    exports org.schooljournal.core.feed;
    exports org.schooljournal.core.forecast;
    exports org.schooljournal.core.identity;
    exports org.schooljournal.core.journal;
    exports org.schooljournal.core.notification;
    exports org.schooljournal.core.printout;
    exports org.schooljournal.core.programme;
    exports org.schooljournal.core.reports;
    exports org.schooljournal.core.retention;
    exports org.schooljournal.core.roster;
    exports org.schooljournal.core.school;
    exports org.schooljournal.core.validation;

    opens org.schooljournal.core.access to com.fasterxml.jackson.databind;
    opens org.schooljournal.core.compromise to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.archive to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.diary to com.fasterxml.jackson.databind;
    opens org.schooljournal.core.forecast to com.fasterxml.jackson.databind;
    opens org.schooljournal.core.identity to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.journal to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.notification to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.printout to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.programme to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.reports to com.fasterxml.jackson.databind;
    opens org.schooljournal.core.retention to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.roster to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.schooljournal.core.school to com.fasterxml.jackson.databind, org.hibernate.validator;

    uses org.schooljournal.spi.storage.EventStoreProvider;
    uses org.schooljournal.spi.notify.NotifierProvider;
}
