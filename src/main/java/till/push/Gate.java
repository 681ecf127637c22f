package till.push;

/** A one-shot signal the poller thread waits on between tries: opened by a timer or a click. Thread-safe. */
final class Gate {

    private boolean open;

    synchronized void open() {
        open = true;
        notifyAll();
    }

    /** Waits until opened, then closes it again for the next wait. */
    synchronized void await() throws InterruptedException {
        while (!open) {
            wait();
        }
        open = false;
    }
}
