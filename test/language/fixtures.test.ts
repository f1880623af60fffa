import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage, type DetectedLanguage } from '../../src/language/index.js';

interface Sample {
  id: string;
  text: string;
  expect: DetectedLanguage;
  notes?: string;
}

const file = fileURLToPath(new URL('../../fixtures/language.jsonl', import.meta.url));
const samples: Sample[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Sample);

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => word.length > 0).length;

describe('fixtures/language.jsonl', () => {
  it('is a well-formed set: ≥ 300 samples, unique ids, ≥ 40% under six words, every label used', () => {
    expect(samples.length).toBeGreaterThanOrEqual(300);
    expect(new Set(samples.map((s) => s.id)).size).toBe(samples.length);
    const short = samples.filter((s) => wordCount(s.text) < 6).length;
    expect(short / samples.length).toBeGreaterThanOrEqual(0.4);
    for (const label of ['fr', 'en', 'mixed', 'und', 'other']) {
      expect(samples.some((s) => s.expect === label)).toBe(true);
    }
  });

  it('detectLanguage reaches ≥ 97% overall and ≥ 95% on texts of five words or fewer', () => {
    let right = 0;
    let shortRight = 0;
    let shortTotal = 0;
    const misses: string[] = [];
    for (const sample of samples) {
      const got = detectLanguage(sample.text).language;
      const short = wordCount(sample.text) <= 5;
      if (short) shortTotal += 1;
      if (got === sample.expect) {
        right += 1;
        if (short) shortRight += 1;
      } else {
        misses.push(`${sample.id}: expected ${sample.expect}, got ${got} — ${sample.text}`);
      }
    }
    const overall = right / samples.length;
    const shortAccuracy = shortRight / shortTotal;
    console.log(
      `language accuracy: ${(overall * 100).toFixed(1)}% overall (${right}/${samples.length}), ` +
        `${(shortAccuracy * 100).toFixed(1)}% on ≤ 5 words (${shortRight}/${shortTotal})` +
        (misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(overall).toBeGreaterThanOrEqual(0.97);
    expect(shortAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
