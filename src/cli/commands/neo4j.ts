// `claimgraph neo4j start|stop|status|assemble`: the local Neo4j (assembled from Maven Central).
import type { Command } from 'commander';

function printConnection(info: { browserUrl: string; uri: string; user: string; password: string | undefined }): void {
  console.log(`  Browser:  ${info.browserUrl}`);
  console.log(`  Bolt:     ${info.uri}`);
  console.log(`  User:     ${info.user}`);
  console.log(`  Password: ${info.password ?? '(unknown: set NEO4J_PASSWORD)'}`);
}

export function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('the local Neo4j Community instance (under .neo4j/; not used when NEO4J_URI is set)');

  neo4j
    .command('start')
    .description('start the local Neo4j (or reuse the running one) and wait until Bolt answers')
    .action(async () => {
      const { neo4jSettingsFromEnv } = await import('../../config.ts');
      const settings = neo4jSettingsFromEnv();
      if (settings.uri) {
        console.log(`NEO4J_URI is set: claimgraph uses the Neo4j at ${settings.uri}; the local instance is not started.`);
        return;
      }
      const { localOptionsFromEnv } = await import('../../neo4j/ensure.ts');
      const { startLocalNeo4j } = await import('../../neo4j/local.ts');
      const info = await startLocalNeo4j({ ...localOptionsFromEnv(), log: (line) => console.error(line) });
      console.log(info.reused ? `Neo4j is already running (pid ${info.pid}).` : `Neo4j started (pid ${info.pid}).`);
      printConnection(info);
    });

  neo4j
    .command('stop')
    .description('stop the local Neo4j this project started (pid file), cleanly')
    .action(async () => {
      const { localOptionsFromEnv } = await import('../../neo4j/ensure.ts');
      const { stopLocalNeo4j } = await import('../../neo4j/local.ts');
      const result = await stopLocalNeo4j(localOptionsFromEnv());
      console.log(result.stopped ? `Neo4j stopped (pid ${result.pid}).` : 'Neo4j was not running.');
    });

  neo4j
    .command('status')
    .description('is the local Neo4j running, and how to connect to it')
    .action(async () => {
      const { localOptionsFromEnv } = await import('../../neo4j/ensure.ts');
      const { statusLocalNeo4j } = await import('../../neo4j/local.ts');
      const status = await statusLocalNeo4j(localOptionsFromEnv());
      if (process.env.NEO4J_URI) console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): the local instance is not used.`);
      console.log(status.running ? `Neo4j ${status.version} is running (pid ${status.pid}).` : `Neo4j ${status.version} is not running.`);
      console.log(`  Home:     ${status.home} (jars ${status.assembled ? 'assembled' : "not assembled yet: 'claimgraph neo4j assemble'"})`);
      printConnection(status);
    });

  neo4j
    .command('assemble')
    .description('fetch the Neo4j jars from Maven Central into .neo4j/lib (start does this when needed)')
    .action(async () => {
      const { assembleNeo4j } = await import('../../neo4j/assemble.ts');
      const result = await assembleNeo4j({ log: (line) => console.error(line) });
      console.log(`Neo4j ${result.version} jars ${result.reused ? 'already assembled' : 'assembled'} in ${result.libDir}`);
    });
}
