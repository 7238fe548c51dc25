// Builds stored documents the way the app writes them (the envelope {"v","rev","data"}), for
// end-to-end tests and the benchmark: a history of N weeks, and a set-up profile.

const DAY = 24 * 60 * 60 * 1000;

/** Sessions of the Pallof hold (3 x 10 s each side) and knee rotations (2 x 8 both ways). */
export function makeSession(startedAt, { painBefore = 3, painAfter = 2, hold = 10, effort = 'about-right', cutShort = false } = {}) {
  const holdSets = [];
  for (let set = 1; set <= 3; set++) {
    for (const side of ['l', 'r']) {
      const short = cutShort && side === 'r' && set === 3;
      const done = short ? Math.floor(hold / 2) : hold;
      holdSets.push({ n: set, s: side, t: { s: hold }, d: { s: done }, ms: done * 1000, ...(short ? { ok: false } : {}) });
    }
  }
  const kneeSets = [1, 2].map((n) => ({ n, s: 'b', t: { r: 8 }, d: { r: 8 }, ms: 48000 }));
  return {
    id: startedAt.toString(36),
    started_at: startedAt,
    ended_at: startedAt + 9 * 60 * 1000,
    exercises: [
      {
        exercise: 'knee-rotations',
        prescription: { sets: 2, dose: { kind: 'reps', reps: 8, seconds_each_way: 3 }, sides: 'alternating', rest_seconds: 30 },
        sets: kneeSets,
      },
      {
        exercise: 'pallof-hold',
        prescription: { sets: 3, dose: { kind: 'hold', seconds: hold }, sides: 'each-side', rest_seconds: 30 },
        load: { band: 'red' },
        range: 'medium',
        sets: holdSets,
      },
    ],
    pain_before: painBefore,
    pain_after: painAfter,
    effort,
  };
}

/**
 * `weeks` weeks of history ending at `now`: `perWeek` sessions a week (Monday and Thursday,
 * and Saturday for 3), at 18:00 UTC. Returns the sessions, oldest first.
 */
export function makeSessions({ weeks = 12, perWeek = 2, now = Date.now() } = {}) {
  const sessions = [];
  const today = new Date(now);
  const monday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - ((today.getUTCDay() + 6) % 7) * DAY;
  const offsets = perWeek >= 3 ? [0, 3, 5] : [0, 3];
  for (let w = weeks - 1; w >= 0; w--) {
    offsets.slice(0, perWeek).forEach((d, i) => {
      const at = monday - w * 7 * DAY + d * DAY + 18 * 60 * 60 * 1000;
      if (at < now) {
        sessions.push(makeSession(at, { painBefore: 4 - Math.min(3, Math.floor((weeks - w) / 4)), painAfter: 2, hold: 10 + 2 * Math.floor((weeks - 1 - w) / 4), cutShort: w === 1 && i === 0 }));
      }
    });
  }
  return sessions;
}

export function historyDocument(sessions) {
  return JSON.stringify({ v: 1, rev: 1, data: { sessions } });
}

/** A profile that finished the set-up: beginner with a band, knee rotations + Pallof hold. */
export function profileDocument({ weeklyTarget = 2 } = {}) {
  return JSON.stringify({
    v: 1,
    rev: 1,
    data: {
      safety_ok_at: 1764000000000,
      level: 'beginner',
      equipment: ['resistance-band'],
      plan: [
        { exercise: 'knee-rotations', prescription: { sets: 2, dose: { kind: 'reps', reps: 8, seconds_each_way: 3 }, sides: 'alternating', rest_seconds: 30 } },
        { exercise: 'pallof-hold', prescription: { sets: 3, dose: { kind: 'hold', seconds: 10 }, sides: 'each-side', rest_seconds: 30 } },
      ],
      settings: { weekly_target: weeklyTarget, sound: false, vibration: false, voice: false, tap_to_count: false, week_start: 'monday' },
    },
  });
}

export const KEYS = { profile: 'rotation-rehab/profile', history: 'rotation-rehab/history', workout: 'rotation-rehab/workout' };
