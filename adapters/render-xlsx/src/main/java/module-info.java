/**
 * The reports of journal-core as XLSX workbooks a deputy head can filter (REP-10): a table model
 * ({@link org.schooljournal.adapter.xlsx.Table}), one form per report that maps it to a table, and
 * the writer. Uses journal-core's exported API only (DESIGN.md: adapters that translate domain
 * data never reach the engine's internals) and the streaming writer dhatim fastexcel, a named
 * module. fastexcel itself requires {@code opczip}, the name the JDK derives from the file name of
 * its zip library's jar, which names no module; Maven warns about it at each build, as it does for
 * storage-jdbc's {@code flyway.core}. {@code ModulePathTest} runs this module on the module path.
 */
module org.schooljournal.adapter.xlsx {
    requires transitive org.schooljournal.core;
    requires org.dhatim.fastexcel;

    exports org.schooljournal.adapter.xlsx;
}
