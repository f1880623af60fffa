import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReplyLanguage, detectLanguage, type DetectedLanguage, type LanguageTopic } from '../../src/language/index.js';

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

interface ReplyCase {
  id: string;
  reply: string;
  inReplyTo?: string;
  topic?: LanguageTopic;
  expect: { compliant: boolean; language: DetectedLanguage };
  notes?: string;
}

const repliesFile = fileURLToPath(new URL('../../fixtures/language-replies.jsonl', import.meta.url));
const replies: ReplyCase[] = readFileSync(repliesFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as ReplyCase);

describe('fixtures/language-replies.jsonl', () => {
  it('holds both outcomes, every topic and replies with and without the citizen’s comment', () => {
    expect(replies.length).toBeGreaterThanOrEqual(50);
    expect(new Set(replies.map((r) => r.id)).size).toBe(replies.length);
    expect(replies.some((r) => r.expect.compliant) && replies.some((r) => !r.expect.compliant)).toBe(true);
    for (const topic of ['health', 'safety', 'emergency', 'general']) expect(replies.some((r) => r.topic === topic), topic).toBe(true);
    expect(replies.some((r) => r.inReplyTo === undefined)).toBe(true);
  });

  it('checkReplyLanguage agrees on compliance in ≥ 95% of the cases and on the language in ≥ 90%', () => {
    let compliant = 0;
    let language = 0;
    const misses: string[] = [];
    for (const r of replies) {
      const verdict = checkReplyLanguage(r.reply, { ...(r.inReplyTo !== undefined ? { inReplyTo: r.inReplyTo } : {}), ...(r.topic !== undefined ? { topic: r.topic } : {}) });
      if (verdict.compliant === r.expect.compliant) compliant += 1;
      else misses.push(`${r.id}: expected compliant=${String(r.expect.compliant)} — ${r.reply}`);
      if (verdict.language === r.expect.language) language += 1;
    }
    console.log(`reply compliance: ${compliant}/${replies.length}, language ${language}/${replies.length}${misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(compliant / replies.length).toBeGreaterThanOrEqual(0.95);
    expect(language / replies.length).toBeGreaterThanOrEqual(0.9);
  });
});
