import { describe, expect, it } from 'vitest';
import { PolicyInputError, villeDeQuebec } from '../../src/policies/index.js';
import { attestationDue } from '../../src/roles/index.js';

const qc = { policy: villeDeQuebec };

describe('attestationDue()', () => {
  it('gives ten calendar days after receipt (Québec §8)', () => {
    const a = attestationDue('2026-03-02', qc);
    expect(a).toMatchObject({ required: true, receivedOn: '2026-03-02', due: '2026-03-12', days: 10 });
    expect(a.citations).toEqual([{ policy: 'ville-de-quebec', section: '§8' }]);
  });

  it('crosses month ends, year ends and leap days', () => {
    expect(attestationDue('2026-01-25', qc).due).toBe('2026-02-04');
    expect(attestationDue('2026-12-28', qc).due).toBe('2027-01-07');
    expect(attestationDue('2028-02-25', qc).due).toBe('2028-03-06');
    expect(attestationDue('2027-02-25', qc).due).toBe('2027-03-07');
  });

  it('reads an instant in the profile’s time zone', () => {
    // 03:00 UTC on March 2 is still March 1 in Québec.
    expect(attestationDue(new Date('2026-03-02T03:00:00Z'), qc).receivedOn).toBe('2026-03-01');
    expect(attestationDue('2026-03-01T23:30:00-05:00', qc).due).toBe('2026-03-11');
  });

  it('asks a new hire to attest on arrival', () => {
    expect(attestationDue('2026-03-02', { ...qc, newEmployee: true })).toMatchObject({ due: '2026-03-02', days: 0 });
  });

  it('tells whether an attestation was late or is overdue', () => {
    expect(attestationDue('2026-03-02', { ...qc, attestedOn: '2026-03-12' }).late).toBe(false);
    expect(attestationDue('2026-03-02', { ...qc, attestedOn: '2026-03-13' }).late).toBe(true);
    expect(attestationDue('2026-03-02', { ...qc, asOf: '2026-03-12' }).overdue).toBe(false);
    expect(attestationDue('2026-03-02', { ...qc, asOf: '2026-03-13' }).overdue).toBe(true);
  });

  it('requires nothing in La Sarre, which asks employees to read the policy without attesting', () => {
    expect(attestationDue('2026-03-02')).toMatchObject({ required: false, due: null, citations: [{ policy: 'la-sarre', section: '§13.1' }] });
  });

  it('refuses invalid dates', () => {
    expect(() => attestationDue('2026-02-30', qc)).toThrow(PolicyInputError);
    expect(() => attestationDue('02/03/2026', qc)).toThrow(PolicyInputError);
    expect(() => attestationDue(new Date(Number.NaN), qc)).toThrow(PolicyInputError);
  });
});
