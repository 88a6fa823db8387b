/**
 * The reports of journal-core as XLSX workbooks a deputy head can filter (REP-10): a table model
 * ({@link org.schooljournal.render.xlsx.Table}), one form per report that maps it to a table, and
 * the writer. Uses journal-core's exported API only (DESIGN.md: adapters that translate domain
 * data never reach the engine's internals) and the streaming writer dhatim fastexcel, a named
 * module.
 */
module org.schooljournal.render.xlsx {
    requires transitive org.schooljournal.core;
    requires org.dhatim.fastexcel;

    exports org.schooljournal.render.xlsx;
}
