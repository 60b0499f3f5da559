import { describe, expect, it } from 'vitest';
import { challengeFingerprint, decodeChallenge, encodeChallenge } from './index.ts';
import { EVERY_GOAL_CHALLENGE as CHALLENGE } from '../model/fixtures/challenge.ts';


describe('challenge links', () => {
  it('travel in a link and come back exactly, with the same fingerprint', () => {
    const encoded = encodeChallenge(CHALLENGE);
    expect(encoded.length).toBeLessThan(300);
    const decoded = decodeChallenge(encoded);
    expect(decoded.ok && decoded.challenge).toEqual(CHALLENGE);
    expect(challengeFingerprint(CHALLENGE)).toMatch(/^[0-9a-f]{8}$/);
    expect(decoded.ok && challengeFingerprint(decoded.challenge)).toBe(challengeFingerprint(CHALLENGE));
  });

  it('have a fingerprint that changes when a goal is edited', () => {
    const edited = { ...CHALLENGE, goals: CHALLENGE.goals.map((g) => (g.kind === 'at-most-adapters' ? { ...g, count: 9 } : g)) };
    expect(challengeFingerprint(edited)).not.toBe(challengeFingerprint(CHALLENGE));
  });

  it('refuse a damaged or invented challenge', () => {
    expect(decodeChallenge('1$$$').ok).toBe(false);
    const invented = encodeChallenge({ ...CHALLENGE, goals: [{ kind: 'no-error-finding' }] }).slice(0, 12);
    expect(decodeChallenge(invented).ok).toBe(false);
  });
});
