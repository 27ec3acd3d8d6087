import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/extract/actors.ts';

// Registries share the gazetteer's index (built once) and copy on write: what one article's
// registry learns must never leak into the next article's.
describe('ActorRegistry', () => {
  it('finds gazetteer names in a fresh registry', () => {
    expect(new ActorRegistry().lookupName('Putin')).toContain('vladimir-putin');
  });

  it('keeps an alias learnt by one registry out of the others', () => {
    const first = new ActorRegistry();
    first.register({ id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', aliases: ['V.V.P.'] });
    expect(first.lookupName('V.V.P.')).toEqual(['vladimir-putin']);
    expect(first.get('vladimir-putin')!.aliases).toContain('V.V.P.');

    const second = new ActorRegistry();
    expect(second.lookupName('V.V.P.')).toEqual([]);
    expect(second.get('vladimir-putin')!.aliases).not.toContain('V.V.P.');
  });

  it('keeps a new actor, and a new id on a shared name, inside its registry', () => {
    const first = new ActorRegistry();
    first.register({ id: 'putin-impersonator', name: 'Putin', kind: 'PERSON', aliases: [] });
    first.register({ name: 'Zorana Quillfeather', kind: 'PERSON' });
    expect(first.lookupName('Putin')).toEqual(expect.arrayContaining(['vladimir-putin', 'putin-impersonator']));
    expect(first.lookupName('Zorana Quillfeather')).toHaveLength(1);

    const second = new ActorRegistry();
    expect(second.lookupName('Putin')).not.toContain('putin-impersonator');
    expect(second.lookupName('Zorana Quillfeather')).toEqual([]);
    expect(second.get('putin-impersonator')).toBeUndefined();
  });

  it('adds known actors (from the graph) to one registry only', () => {
    const withKnown = new ActorRegistry(undefined, [{ id: 'acme-press', name: 'Acme Press', kind: 'MEDIA', aliases: ['أكمي برس'] }]);
    expect(withKnown.lookupName('أكمي برس')).toEqual(['acme-press']);
    expect(new ActorRegistry().lookupName('Acme Press')).toEqual([]);
  });
});
