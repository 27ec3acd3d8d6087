// Assembling Neo4j Community from Maven Central into one jar folder (like the distribution's lib/).
//
// Exports
//   assembleNeo4j({ libDir, version, env, log }) -> { libDir, version, reused }
//   isAssembled(libDir, version)
//
// `mvn dependency:copy-dependencies` on neo4j/pom.xml copies org.neo4j:neo4j, org.neo4j.app:neo4j-server
// and org.neo4j.client:neo4j-browser with their runtime dependencies. The jars land in a temporary
// folder first and are renamed into place with a marker file naming the version, so an interrupted
// or concurrent assembly never leaves a half-filled lib folder that looks complete.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { LocalNeo4jError } from './errors.ts';
import { DEFAULT_LIB_DIR, NEO4J_VERSION, POM_FILE } from './layout.ts';
import { findMaven } from './tools.ts';

const execFileAsync = promisify(execFile);
const MARKER = '.claimgraph-assembled';

export async function isAssembled(libDir: string, version: string = NEO4J_VERSION): Promise<boolean> {
  try {
    return (await readFile(`${libDir}/${MARKER}`, 'utf8')).trim() === version;
  } catch {
    return false;
  }
}

export interface AssembleOptions {
  libDir?: string;
  version?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export async function assembleNeo4j(options: AssembleOptions = {}): Promise<{ libDir: string; version: string; reused: boolean }> {
  const libDir = options.libDir ?? DEFAULT_LIB_DIR;
  const version = options.version ?? NEO4J_VERSION;
  if (await isAssembled(libDir, version)) return { libDir, version, reused: true };

  const mvn = await findMaven(options.env);
  const staging = `${libDir}.partial-${process.pid}-${Date.now()}`;
  await mkdir(dirname(libDir), { recursive: true });
  options.log?.(`Assembling Neo4j ${version} from Maven Central into ${libDir} (once; about 140 MB)...`);
  try {
    await execFileAsync(
      mvn,
      [
        '-B',
        '-q',
        '-f',
        POM_FILE,
        `-Dneo4j.version=${version}`,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${staging}`,
        '-DincludeScope=runtime',
      ],
      { env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    const output = `${(err as { stdout?: string }).stdout ?? ''}${(err as { stderr?: string }).stderr ?? ''}`;
    const errorLine = output.split('\n').find((line) => line.includes('[ERROR]')) ?? (err as Error).message.split('\n')[0];
    throw new LocalNeo4jError('ASSEMBLY_FAILED', `Maven could not assemble Neo4j ${version}: ${errorLine?.trim()}`, { cause: err });
  }
  const jars = (await readdir(staging)).filter((name) => name.endsWith('.jar'));
  if (!jars.some((name) => name.startsWith(`neo4j-server-${version}`))) {
    await rm(staging, { recursive: true, force: true });
    throw new LocalNeo4jError('ASSEMBLY_FAILED', `Maven finished but neo4j-server-${version}.jar is not among the ${jars.length} jars`);
  }
  await writeFile(`${staging}/${MARKER}`, `${version}\n`, 'utf8');

  // Another process may have finished first: then its folder is as good as ours.
  if (await isAssembled(libDir, version)) {
    await rm(staging, { recursive: true, force: true });
    return { libDir, version, reused: true };
  }
  await rm(libDir, { recursive: true, force: true });
  try {
    await rename(staging, libDir);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    if (await isAssembled(libDir, version)) return { libDir, version, reused: true };
    throw new LocalNeo4jError('ASSEMBLY_FAILED', `Could not move the jars into ${libDir}: ${(err as Error).message}`, { cause: err });
  }
  options.log?.(`Assembled ${jars.length} jars.`);
  return { libDir, version, reused: false };
}
