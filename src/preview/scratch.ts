/*
 * Temporary directories of `gridops diff --base` (exports of commits, trees written for kustomize) are removed in
 * `finally` blocks; these handlers also remove them when the run is interrupted (Ctrl-C, a CI job cancelled): each
 * cleanup may first stop what still writes there (an export's synth). Then the signal ends the process as it would
 * have.
 */

type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** How long an interrupted run waits for its cleanups. */
const CLEANUP_MS = 3000;

function onSignal(signal: NodeJS.Signals): void {
  const pending = [...cleanups].map((c) => Promise.resolve().then(c).catch(() => undefined));
  cleanups.clear();
  const timeout = new Promise((resolve) => setTimeout(resolve, CLEANUP_MS).unref());
  void Promise.race([Promise.all(pending), timeout]).then(() => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  });
}

/**
 * Registers `cleanup` to run when the process is interrupted; returns the release, which runs it now (what a
 * `finally` calls) and unregisters it. A cleanup that returns a promise is waited for (up to 3 s) before the process ends.
 */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (cleanups.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.add(cleanup);
  return () => {
    if (!cleanups.delete(cleanup)) return;
    if (cleanups.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
    void cleanup();
  };
}
