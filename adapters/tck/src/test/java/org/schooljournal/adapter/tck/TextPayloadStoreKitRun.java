package org.schooljournal.adapter.tck;

import org.schooljournal.spi.storage.EventStore;

/**
 * The kit against a store that keeps payloads as UTF-8 text.
 * Run by {@link EventStoreContractTest} through the JUnit Platform Launcher, never by Surefire
 * on its own: its name does not end in Test.
 */
class TextPayloadStoreKitRun extends EventStoreContract {

    @Override
    protected EventStore createStore() {
        return new TextPayloadEventStore();
    }
}
