package org.schooljournal.adapter.tck;

import org.schooljournal.spi.storage.EventStore;

/**
 * The kit against the correct, synchronized reference store.
 * Run by {@link EventStoreContractTest} through the JUnit Platform Launcher, never by Surefire
 * on its own: its name does not end in Test.
 */
class SynchronizedStoreKitRun extends EventStoreContract {

    @Override
    protected EventStore createStore() {
        return new SynchronizedEventStore();
    }
}
