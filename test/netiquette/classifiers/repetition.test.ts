import { describe, expect, it } from 'vitest';
import { repetition } from '../../../src/netiquette/index.js';

const at = (day: number): string => `2026-03-${String(day).padStart(2, '0')}T09:00:00-04:00`;

describe('repetition', () => {
  it('finds the same comment posted again within the window', () => {
    const found = repetition({
      text: 'Quand allez-vous réparer le trou sur la 2e rue?',
      postedAt: at(10),
      history: [{ text: 'Quand allez vous réparer le trou sur la 2e rue', postedAt: at(9) }],
    });
    expect(found?.clause).toBe('repetition');
  });

  it('counts a message reworded a little twice, not once', () => {
    const text = 'Bonjour, j’ai acheté ma maison en décembre. Le compte de taxes va venir à moi ou à l’ancien propriétaire? Toujours pas de réponse.';
    const earlier = [
      { text: 'Bonjour, j’ai acheté ma maison en décembre. Est-ce que le compte de taxes va venir à moi ou au propriétaire précédent?', postedAt: at(8) },
      { text: 'Bonjour j’ai acheté ma maison en décembre, le compte de taxes va venir à moi ou au propriétaire d’avant? Merci', postedAt: at(9) },
    ];
    expect(repetition({ text, postedAt: at(10), history: earlier })?.clause).toBe('repetition');
    expect(repetition({ text, postedAt: at(10), history: earlier.slice(0, 1) })).toBeNull();
  });

  it('leaves different comments and old ones alone', () => {
    expect(
      repetition({
        text: 'Merci pour le déneigement rapide ce matin!',
        postedAt: at(20),
        history: [{ text: 'Le parc à chiens est fermé depuis deux semaines, pourquoi?', postedAt: at(19) }],
      }),
    ).toBeNull();
    expect(
      repetition({
        text: 'Quand allez-vous réparer le trou sur la 2e rue?',
        postedAt: at(30),
        history: [{ text: 'Quand allez vous réparer le trou sur la 2e rue', postedAt: at(1) }],
      }),
    ).toBeNull();
  });
});

describe('repetition: short comments flooding a thread', () => {
  it('reads "le son!!!" posted four times in six minutes as repetition, and "Merci!" months apart as nothing', () => {
    const flood = repetition({
      text: 'le son!!!',
      postedAt: '2026-03-02T19:36:00-05:00',
      history: [
        { text: 'le son!!!', postedAt: '2026-03-02T19:30:00-05:00' },
        { text: 'le son!!', postedAt: '2026-03-02T19:32:00-05:00' },
        { text: 'LE SON!!!', postedAt: '2026-03-02T19:34:00-05:00' },
      ],
    });
    expect(flood?.clause).toBe('repetition');
    const thanks = repetition({ text: 'Merci!', postedAt: '2026-06-02T10:00:00-04:00', history: [{ text: 'Merci!', postedAt: '2026-02-01T10:00:00-05:00' }, { text: 'Merci!', postedAt: '2025-11-01T10:00:00-04:00' }] });
    expect(thanks).toBeNull();
  });
});
