// A health circuit around the graph for a server: while Neo4j is unreachable, requests fail within
// a bound (about 1 s) with GraphError UNAVAILABLE instead of waiting out the driver's connect
// timeout and retry window (10 s + 15 s by default), and the server recovers by itself.
//
//   const guarded = graphCircuit(graph, { ping: () => graph.ping() });   // GraphAccess, same as graph
//   await guarded.read(...)        // GraphError('UNAVAILABLE') at once while open
//   guarded.close()                // stops the background probe
//
// States: closed (calls pass through). A call that fails with UNAVAILABLE, or that has not finished
// after `checkAfterMs` while a ping (one unretried RETURN 1) FAILS, opens the circuit. Open: every
// call is refused at once, and a ping every `probeEveryMs` closes it as soon as Neo4j answers.
// A slow ping is not a failure: on a loaded machine Neo4j can take a second to answer, and a slow
// query on a healthy database must never be cut, so only a refused or broken connection trips it.
import { GraphError } from '../errors.ts';
import type { GraphAccess } from './runner.ts';

export interface CircuitOptions {
  /** One unretried round trip that rejects when Neo4j is unreachable (Graph.ping). */
  ping: () => Promise<void>;
  /** When a pending call triggers a ping (ms). */
  checkAfterMs?: number;
  /** How often an open circuit pings (ms). */
  probeEveryMs?: number;
}

export interface GraphCircuit extends GraphAccess {
  /** True while Neo4j is known to be unreachable. */
  readonly open: boolean;
  close(): void;
}

const UNAVAILABLE = 'Neo4j is not reachable';

const isUnavailable = (err: unknown) => err instanceof GraphError && err.code === 'UNAVAILABLE';

export function graphCircuit(graph: GraphAccess, options: CircuitOptions): GraphCircuit {
  const checkAfterMs = options.checkAfterMs ?? 1000;
  const probeEveryMs = options.probeEveryMs ?? 500;
  let open = false;
  let probe: NodeJS.Timeout | undefined;
  let closed = false;
  // One ping at a time, shared by every call that wants to know. true: answered; false: refused.
  let ping: Promise<boolean> | undefined;
  const reachable = (): Promise<boolean> =>
    (ping ??= options
      .ping()
      .then(
        () => true,
        (err: unknown) => !isUnavailable(err),
      )
      .finally(() => (ping = undefined)));

  const trip = () => {
    if (open || closed) return;
    open = true;
    const tick = async () => {
      if (closed) return;
      if (await reachable()) {
        open = false;
        probe = undefined;
      } else {
        probe = setTimeout(tick, probeEveryMs);
        probe.unref();
      }
    };
    probe = setTimeout(tick, probeEveryMs);
    probe.unref();
  };

  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    if (open) throw new GraphError('UNAVAILABLE', UNAVAILABLE);
    const work = call();
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(async () => {
        if (open || !(await reachable())) {
          trip();
          reject(new GraphError('UNAVAILABLE', UNAVAILABLE));
        }
      }, checkAfterMs);
      timer.unref();
    });
    // The abandoned call still settles later: its rejection must not be unhandled.
    work.catch(() => undefined);
    try {
      return await Promise.race([work, watchdog]);
    } catch (err) {
      if (isUnavailable(err)) trip();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    get open() {
      return open;
    },
    read: (work) => guard(() => graph.read(work)),
    write: (work) => guard(() => graph.write(work)),
    close() {
      closed = true;
      clearTimeout(probe);
    },
  };
}
