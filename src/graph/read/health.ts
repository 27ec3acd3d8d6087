// Is Neo4j answering? A trivial read with a deadline: while the database is away the driver would
// otherwise keep retrying for its whole retry window, and a health check must answer promptly.
import type { GraphAccess } from './runner.ts';

export async function graphReachable(graph: GraphAccess, timeoutMs = 1500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = graph
    .read(async (tx) => {
      await tx.run('RETURN 1 AS ok');
      return true;
    })
    .catch(() => false);
  try {
    return await Promise.race([ping, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
