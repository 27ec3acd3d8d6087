// Pure pieces of the API's safety: full-text escaping, bearer tokens, exposure rule, error masking,
// the Date scalar.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertSafeExposure, bearerToken, hostChecker, isLoopbackHost } from '../../src/api/auth.ts';
import { apiError, formatError } from '../../src/api/errors.ts';
import { parseDay } from '../../src/api/resolvers/scalars.ts';
import { allWordsQuery, phraseQuery } from '../../src/graph/read/fulltext.ts';
import { GraphError } from '../../src/graph/errors.ts';

describe('full-text query strings', () => {
  const hostile = ['a AND b', 'x" OR "y', 'C++ (news)', 'foo*', 'title:bar', 'a\\b', 'اتهم ~2', '/regex/'];
  for (const text of hostile) {
    it(`every Lucene operator in ${JSON.stringify(text)} is quoted or escaped`, () => {
      const q = allWordsQuery(text)!;
      // Outside the quoted words only " AND " remains.
      const outside = q.replace(/"(?:[^"\\]|\\.)*"/g, '').replace(/ AND /g, '');
      expect(outside, text).toBe('');
      expect(phraseQuery(text)!.startsWith('"')).toBe(true);
    });
  }
  it('empty text gives no query', () => {
    expect(allWordsQuery('   ')).toBeNull();
    expect(phraseQuery('')).toBeNull();
  });
});

describe('auth', () => {
  const tokens: [string | undefined, string | null][] = [
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['Bearer   abc  ', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    ['Bearer a b', null],
    [undefined, null],
  ];
  for (const [header, token] of tokens) {
    it(`bearerToken(${JSON.stringify(header)}) = ${JSON.stringify(token)}`, () => expect(bearerToken(header)).toBe(token));
  }
  const hosts: [string, boolean][] = [['127.0.0.1', true], ['localhost', true], ['::1', true], ['[::1]', true], ['0.0.0.0', false], ['192.168.1.4', false], ['::', false]];
  for (const [host, loopback] of hosts) {
    it(`${host} is ${loopback ? '' : 'not '}loopback; mutations without a key ${loopback ? 'allowed' : 'refused'}`, () => {
      expect(isLoopbackHost(host)).toBe(loopback);
      const attempt = () => assertSafeExposure({ host, apiKey: undefined, mutations: true });
      if (loopback) expect(attempt).not.toThrow();
      else expect(attempt).toThrow(/CLAIMGRAPH_API_KEY/);
      expect(() => assertSafeExposure({ host, apiKey: 'k', mutations: true })).not.toThrow();
      expect(() => assertSafeExposure({ host, apiKey: undefined, mutations: false })).not.toThrow();
    });
  }
});

describe('formatError', () => {
  const silent = () => undefined;
  const format = (err: unknown) =>
    formatError({ message: (err as Error).message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } }, err, silent);

  it('masks an unexpected error: generic message, INTERNAL_SERVER_ERROR, no stack', () => {
    const out = format(new Error('password=hunter2 at /srv/secret.ts'));
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
  it('keeps a deliberate public error', () => {
    const err = apiError('NOT_FOUND', 'actor "x" not found');
    const out = formatError({ message: err.message, extensions: { ...err.extensions, stacktrace: ['x'] } }, err, silent);
    expect(out.message).toBe('actor "x" not found');
    expect(out.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(out.extensions).not.toHaveProperty('stacktrace');
  });
  it('turns a Neo4j outage into SERVICE_UNAVAILABLE without the driver message', () => {
    const out = format(new GraphError('UNAVAILABLE', 'Neo4j is not reachable at bolt://10.0.0.5:7687'));
    expect(out.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(out.message).not.toContain('10.0.0.5');
  });
  it('masks a GraphQLError wrapping an unexpected error', () => {
    const wrapped = new GraphQLError('boom: internal detail', { originalError: new TypeError('internal detail') });
    expect(format(wrapped).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('Date scalar', () => {
  for (const ok of ['2017-01-28', '2024-02-29', '1999-12-31']) it(`accepts ${ok}`, () => expect(parseDay(ok)).toBe(ok));
  for (const bad of ['2017-1-28', '2023-02-29', '2017-13-01', '28/01/2017', "2017-01-28' OR 1=1", 20170128, null]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(() => parseDay(bad)).toThrow(/YYYY-MM-DD/));
  }
});

describe('hostChecker (DNS rebinding)', () => {
  const cases: { bound: string; allowed: string[]; host: string | undefined; ok: boolean }[] = [
    { bound: '127.0.0.1', allowed: [], host: 'localhost:4000', ok: true },
    { bound: '127.0.0.1', allowed: [], host: '127.0.0.1', ok: true },
    { bound: '127.0.0.1', allowed: [], host: '[::1]:4000', ok: true },
    { bound: '127.0.0.1', allowed: [], host: 'evil.example', ok: false },
    { bound: '127.0.0.1', allowed: [], host: 'localhost.evil.example', ok: false },
    { bound: '127.0.0.1', allowed: [], host: undefined, ok: false },
    { bound: '127.0.0.1', allowed: [], host: 'a:b:c', ok: false },
    { bound: '127.0.0.1', allowed: ['claims.example.org'], host: 'CLAIMS.example.org:443', ok: true },
    { bound: '10.0.0.5', allowed: [], host: '10.0.0.5:4000', ok: true },
    { bound: '10.0.0.5', allowed: [], host: 'localhost', ok: false },
    { bound: '0.0.0.0', allowed: [], host: 'anything.example', ok: true },
    { bound: '0.0.0.0', allowed: ['claims.example.org'], host: 'anything.example', ok: false },
  ];
  for (const c of cases) {
    it(`bound to ${c.bound} (allowed ${c.allowed.join(',') || 'none'}): Host ${c.host} -> ${c.ok ? 'answered' : 'refused'}`, () => {
      expect(hostChecker({ host: c.bound, allowedHosts: c.allowed })(c.host)).toBe(c.ok);
    });
  }
});
