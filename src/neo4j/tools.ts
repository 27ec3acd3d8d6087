// Finding the external tools the local Neo4j needs: `java` (17+) to run it, `mvn` to assemble it.
//
// Exports
//   findJava(env) -> path    (JAVA_HOME/bin/java, else `java` on PATH; checks the version is 17+)
//   findMaven(env) -> path   (`mvn` on PATH)
//   findOnPath(name, env)
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { LocalNeo4jError } from './errors.ts';

const execFileAsync = promisify(execFile);

export async function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this PATH entry
    }
  }
  return undefined;
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `java -version` prints e.g. `openjdk version "17.0.15"` (or `"1.8.0_392"`) on stderr. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/u.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

const JAVA_HINT =
  "install Java 17 or newer (Debian/Ubuntu: 'apt-get install openjdk-17-jdk-headless'), or set NEO4J_URI to use your own Neo4j";

export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromHome = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : undefined;
  const java = fromHome && (await executable(fromHome)) ? fromHome : await findOnPath('java', env);
  if (!java) {
    throw new LocalNeo4jError('JAVA_MISSING', `The local Neo4j needs Java but 'java' is not on PATH: ${JAVA_HINT}`);
  }
  const { stderr, stdout } = await execFileAsync(java, ['-version'], { env }).catch((err: unknown) => {
    throw new LocalNeo4jError('JAVA_MISSING', `'${java} -version' failed (${(err as Error).message.split('\n')[0]}): ${JAVA_HINT}`);
  });
  const major = parseJavaMajor(`${stderr}\n${stdout}`);
  if (major !== undefined && major < 17) {
    throw new LocalNeo4jError('JAVA_TOO_OLD', `Neo4j 5 needs Java 17 or newer, but ${java} is Java ${major}: ${JAVA_HINT}`);
  }
  return java;
}

export async function findMaven(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const mvn = await findOnPath('mvn', env);
  if (!mvn) {
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      "Assembling the local Neo4j needs Maven but 'mvn' is not on PATH: install it (Debian/Ubuntu: 'apt-get install maven'), or set NEO4J_URI to use your own Neo4j",
    );
  }
  return mvn;
}
