// An independent oracle for the deadline clock (test helper): walks minute by minute with Intl
// and its own reading of the holiday rules. Slow and simple on purpose; fixtures/deadlines.jsonl
// was generated with it and hand-checked, and oracle.test.ts compares it with the library.
type Block = { start: string; end: string };
type Opts = {
  timeZone?: string; easter?: 'both' | 'good-friday' | 'easter-monday';
  officeHours?: Record<string, Block[]>;
  closures?: { from: string; to: string }[]; extraHolidays?: { date: string }[];
  emergency?: boolean | { targetMinutes?: number; dueMinutes?: number };
  targetBusinessDays?: number; dueBusinessDays?: number;
};
const def: Block[] = [{ start: '08:30', end: '12:00' }, { start: '13:00', end: '16:30' }];
const fmts = new Map<string, Intl.DateTimeFormat>();
function local(zone: string, ms: number) {
  let f = fmts.get(zone);
  if (!f) { f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'long' }); fmts.set(zone, f); }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute), weekday: String(p.weekday).toLowerCase() };
}
function easter(y: number) { // Meeus/Jones/Butcher
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(y, month - 1, day);
}
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dow = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
function statutory(y: number, choice: string): string[] {
  const out = [`${y}-01-01`, `${y}-12-25`];
  const e = easter(y);
  if (choice !== 'easter-monday') out.push(iso(e - 2 * 864e5));
  if (choice !== 'good-friday') out.push(iso(e + 864e5));
  for (let d = 24; d >= 18; d--) if (dow(y, 5, d) === 1) { out.push(iso(Date.UTC(y, 4, d))); break; }
  out.push(dow(y, 6, 24) === 0 ? `${y}-06-25` : `${y}-06-24`);
  out.push(dow(y, 7, 1) === 0 ? `${y}-07-02` : `${y}-07-01`);
  for (let d = 1; d <= 7; d++) if (dow(y, 9, d) === 1) { out.push(iso(Date.UTC(y, 8, d))); break; }
  for (let d = 8; d <= 14; d++) if (dow(y, 10, d) === 1) { out.push(iso(Date.UTC(y, 9, d))); break; }
  return out;
}
const mins = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
export function oracle(receivedAt: string, o: Opts = {}) {
  const zone = o.timeZone ?? 'America/Toronto';
  const t0 = new Date(receivedAt).getTime();
  if (o.emergency) {
    const em = typeof o.emergency === 'object' ? o.emergency : {};
    return { clockStartsAt: t0, target: t0 + (em.targetMinutes ?? 60) * 6e4, due: t0 + (em.dueMinutes ?? 240) * 6e4 };
  }
  const hours: Record<string, Block[]> = { monday: def, tuesday: def, wednesday: def, thursday: def, friday: def, saturday: [], sunday: [], ...(o.officeHours ?? {}) };
  let day = 0; for (const w of Object.keys(hours)) day = Math.max(day, hours[w]!.reduce((s, b) => s + mins(b.end) - mins(b.start), 0));
  const closed = (date: string) => {
    const y = Number(date.slice(0, 4));
    if (statutory(y, o.easter ?? 'both').includes(date)) return true;
    for (const c of o.closures ?? []) if (date >= c.from && date <= c.to) return true;
    for (const x of o.extraHolidays ?? []) if (x.date === date || x.date === date.slice(5)) return true;
    return false;
  };
  const open = (ms: number) => {
    const l = local(zone, ms);
    if (closed(l.date)) return false;
    return (hours[l.weekday] ?? []).some((b) => l.minute >= mins(b.start) && l.minute < mins(b.end));
  };
  const need1 = day * (o.targetBusinessDays ?? 1), need2 = day * (o.dueBusinessDays ?? 2);
  let t = t0, count = 0, start = NaN, target = NaN, due = NaN;
  for (let guard = 0; guard < 60 * 24 * 40 && Number.isNaN(due); guard++) {
    if (open(t)) {
      if (Number.isNaN(start)) start = t;
      count++;
      if (count === need1) target = t + 6e4;
      if (count === need2) due = t + 6e4;
    }
    t += 6e4;
  }
  return { clockStartsAt: start, target, due };
}
