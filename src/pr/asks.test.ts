import { describe, expect, it } from 'vitest';
import { readAsks, renderAsks } from './asks.js';
import { askKey, type Need } from './authorization.js';

const ask = (
  path: string,
  login: string,
  askedAt: string,
  role: 'leader' | 'coLeader' = 'coLeader',
): Extract<Need, { kind: 'consent' }> => ({
  kind: 'consent',
  login,
  role,
  path,
  askedAt,
  satisfied: false,
  githubId: undefined,
});

describe('the record of when consent was asked', () => {
  it('reads back what it wrote, for consents only', () => {
    const needs: Need[] = [
      ask('groups/a.yaml', 'anna', '2026-11-22T10:00:00.000Z'),
      { kind: 'maintainer', reason: 'waiver', path: 'groups/a.yaml', satisfied: false },
      ask('groups/b.yaml', 'piet', '2026-11-22T11:00:00Z'),
    ];
    const body = `<!-- marker -->\n${renderAsks(needs)}\n\n### Registry check`;
    expect(readAsks(body)).toEqual(
      new Map([
        [
          askKey({ path: 'groups/a.yaml', role: 'coLeader', login: 'anna' }),
          '2026-11-22T10:00:00.000Z',
        ],
        [
          askKey({ path: 'groups/b.yaml', role: 'coLeader', login: 'piet' }),
          '2026-11-22T11:00:00Z',
        ],
      ]),
    );
  });

  it('keeps a hostile path from closing the HTML comment it lives in', () => {
    const line = renderAsks([
      ask('groups/x--> <img src=x onerror=alert(1)>.yaml', 'a', '2026-11-22T10:00:00Z'),
    ]);
    expect(line.match(/-->/g)).toHaveLength(1);
    expect(line.endsWith(' -->')).toBe(true);
    expect(line).not.toContain('<img');
  });

  it('reads nothing from a comment without a record, or with a broken one', () => {
    expect(readAsks(undefined)).toEqual(new Map());
    expect(readAsks('no record here')).toEqual(new Map());
    expect(readAsks('<!-- tech-groups-registry:asks !!!notbase64 -->')).toEqual(new Map());
    const notDates = Buffer.from(
      JSON.stringify([['groups/a.yaml', 'coLeader', 'a', 'yesterday']]),
    ).toString('base64');
    expect(readAsks(`<!-- tech-groups-registry:asks ${notDates} -->`)).toEqual(new Map());
  });

  it('keeps an ask to agree to losing a role apart, and still reads records written before it', () => {
    const removal: Need = {
      ...ask('groups/a.yaml', 'anna', '2026-11-22T10:00:00Z', 'leader'),
      removed: { now: undefined, byMaintainer: false },
    };
    const named = ask('groups/a.yaml', 'anna', '2026-11-22T11:00:00Z', 'leader');
    expect(readAsks(renderAsks([removal, named]))).toEqual(
      new Map([
        [
          askKey({ path: 'groups/a.yaml', role: 'leader', login: 'anna', removed: true }),
          '2026-11-22T10:00:00Z',
        ],
        [askKey({ path: 'groups/a.yaml', role: 'leader', login: 'anna' }), '2026-11-22T11:00:00Z'],
      ]),
    );
    // A record of four elements, as older comments hold: an ask to take a role on.
    const old = Buffer.from(
      JSON.stringify([['groups/a.yaml', 'leader', 'anna', '2026-11-22T09:00:00Z']]),
    ).toString('base64');
    expect(readAsks(`<!-- tech-groups-registry:asks ${old} -->`)).toEqual(
      new Map([
        [askKey({ path: 'groups/a.yaml', role: 'leader', login: 'anna' }), '2026-11-22T09:00:00Z'],
      ]),
    );
    // An unknown fifth element is no ask at all.
    const odd = Buffer.from(
      JSON.stringify([['groups/a.yaml', 'leader', 'anna', '2026-11-22T09:00:00Z', 'other']]),
    ).toString('base64');
    expect(readAsks(`<!-- tech-groups-registry:asks ${odd} -->`)).toEqual(new Map());
  });
});
