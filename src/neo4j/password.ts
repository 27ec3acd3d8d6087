// The local instance's password: NEO4J_PASSWORD when given, else generated on first start.
// It is stored (mode 0600) under the instance's data folder, so later starts, the tests and
// `claimgraph neo4j status` can print and use it; a fresh data folder gets a fresh password.
//
// Exports
//   preparePassword(layout, java, requested) -> { password, generated }
//   restrictDataDir(layout)        the data folder 0700 (the password file in it is 0600)
//   readStoredPassword(layout), storePassword(layout, password), generatePassword()
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LocalNeo4jError } from './errors.ts';
import type { InstanceLayout } from './layout.ts';

const execFileAsync = promisify(execFile);
/** Neo4j 5 refuses shorter passwords (dbms.security.auth_minimum_password_length). */
const MIN_LENGTH = 8;

export function generatePassword(): string {
  // base64url: no characters that need quoting in a shell, a URL or an env file.
  return randomBytes(18).toString('base64url');
}

export async function readStoredPassword(layout: InstanceLayout): Promise<string | undefined> {
  try {
    const text = (await readFile(layout.passwordFile, 'utf8')).trim();
    return text || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The data folder (the graph, the auth file, the stored password) readable by the owner only:
 * 0700, set on every start (mkdir's mode only applies when it creates the folder, and a folder made
 * by an older version or by Neo4j itself has the umask's 0755).
 */
export async function restrictDataDir(layout: InstanceLayout): Promise<void> {
  await mkdir(layout.dataDir, { recursive: true, mode: 0o700 });
  await chmod(layout.dataDir, 0o700);
}

export async function storePassword(layout: InstanceLayout, password: string): Promise<void> {
  await restrictDataDir(layout);
  await writeFile(layout.passwordFile, `${password}\n`, { encoding: 'utf8', mode: 0o600 });
  await chmod(layout.passwordFile, 0o600); // writeFile's mode only applies when it creates the file
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** True once the instance has started at least once (its system database exists) or has a password set. */
export async function isInitialized(layout: InstanceLayout): Promise<boolean> {
  return (await exists(join(layout.dataDir, 'databases'))) || (await exists(join(layout.dataDir, 'dbms', 'auth.ini')));
}

export async function preparePassword(
  layout: InstanceLayout,
  java: string,
  requested: string | undefined,
): Promise<{ password: string; generated: boolean }> {
  if (await isInitialized(layout)) {
    const password = requested || (await readStoredPassword(layout));
    if (!password) {
      throw new LocalNeo4jError(
        'PASSWORD_UNKNOWN',
        `The local Neo4j in ${layout.home} already has a password that is not stored in ${layout.passwordFile}: set NEO4J_PASSWORD, or delete ${layout.dataDir} to start with an empty database`,
      );
    }
    return { password, generated: false };
  }

  const password = requested || generatePassword();
  if (password.length < MIN_LENGTH) {
    throw new LocalNeo4jError('PASSWORD_INVALID', `NEO4J_PASSWORD must be at least ${MIN_LENGTH} characters for Neo4j 5`);
  }
  // The initial password must be set before the first start: the server then creates the user with it.
  try {
    await execFileAsync(
      java,
      // `--`: a password starting with '-' (base64url has them, one start in 64) is not an option.
      ['-cp', `${layout.libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password],
      { env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir } },
    );
  } catch (err) {
    const output = `${(err as { stderr?: string }).stderr ?? ''}`.split('\n').find((line) => line.trim()) ?? '';
    throw new LocalNeo4jError('START_FAILED', `Could not set the initial Neo4j password: ${output || (err as Error).message}`, { cause: err });
  }
  await storePassword(layout, password);
  return { password, generated: !requested };
}
