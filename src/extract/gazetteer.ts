// The built-in gazetteer: data files in ./data/gazetteer (see the README there), loaded once.
import type { ActorKind } from './types.ts';
import states from './data/gazetteer/states.json' with { type: 'json' };
import organizations from './data/gazetteer/organizations.json' with { type: 'json' };
import people from './data/gazetteer/people.json' with { type: 'json' };
import roles from './data/gazetteer/roles.json' with { type: 'json' };

export interface Names {
  en?: string[];
  ar?: string[];
}

/** A role an actor holds: "president" of "russia" (role keys are defined in roles.json). */
export interface RoleHolding {
  role: string;
  of?: string;
  /** YYYY-MM-DD bounds; a role is matched only when the article date falls inside them (when both known). */
  from?: string;
  to?: string;
}

export interface GazetteerEntry {
  id: string;
  kind: ActorKind;
  /** The first English name is the display name (else the first Arabic one). */
  names: Names;
  /** STATE: adjectives and nisbas ("Russian", "الروسي") — not mentions by themselves. */
  demonyms?: Names;
  /** STATE: the capital used as a metonym ("Moscow said") — a mention of the state. */
  capitals?: Names;
  roles?: RoleHolding[];
  /** PERSON / ORGANIZATION: the state it belongs to. */
  state?: string;
  speaksFor?: string[];
}

/** A role word with its spellings ("president": الرئيس / President). */
export interface RoleDefinition {
  en?: string[];
  ar?: string[];
  /** The kind of actor that holds it ("PERSON" unless said otherwise). */
  kind?: ActorKind;
}

export const GAZETTEER: readonly GazetteerEntry[] = [
  ...(states as GazetteerEntry[]),
  ...(organizations as GazetteerEntry[]),
  ...(people as GazetteerEntry[]),
];

export const ROLES: Readonly<Record<string, RoleDefinition>> = roles as Record<string, RoleDefinition>;

/** The ids of the built-in actors. */
export const GAZETTEER_IDS: ReadonlySet<string> = new Set(GAZETTEER.map((e) => e.id));
