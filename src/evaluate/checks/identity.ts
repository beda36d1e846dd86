import type { Employee } from '../../parse/records.js';
import { nationalIdChecksumOk } from '../../parse/values.js';
import { type CheckFunction, out } from '../check.js';
import { employeeEvidence } from './util.js';

// Identity: the employees file should list each person once, under a valid id. Two employees
// with one national id, a national id that fails its check digit (13 digits, mod 11), or one
// person (same name and birth date) under two employee ids are signs of records put together.

const index = new WeakMap<
  readonly Employee[],
  { byId: Map<string, Employee[]>; byPerson: Map<string, Employee[]> }
>();
const personKey = (e: Employee) =>
  e.name && e.birth_date
    ? `${e.name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}|${e.birth_date}`
    : undefined;

function indexOf(peers: readonly Employee[]) {
  let ix = index.get(peers);
  if (!ix) {
    ix = { byId: new Map(), byPerson: new Map() };
    for (const p of peers) {
      const id = p.national_id?.replace(/\D/g, '');
      if (id) ix.byId.set(id, [...(ix.byId.get(id) ?? []), p]);
      const k = personKey(p);
      if (k) ix.byPerson.set(k, [...(ix.byPerson.get(k) ?? []), p]);
    }
    index.set(peers, ix);
  }
  return ix;
}

export const identity: CheckFunction = {
  name: 'identity',
  fact: 'employee',
  needs: ['employees'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const ix = indexOf(ctx.peers);
    const nid = e.national_id?.replace(/\D/g, '');
    if (nid) {
      const same = (ix.byId.get(nid) ?? []).filter((p) => p.employee_id !== e.employee_id);
      if (same.length) {
        o.findings.push({
          messageId: 'duplicate_id',
          data: { others: same.map((p) => p.employee_id).join(', ') },
          evidence: [...employeeEvidence(e), ...same.flatMap(employeeEvidence)],
          params: {},
        });
      }
      if (!nationalIdChecksumOk(nid)) {
        o.findings.push({
          messageId: 'checksum',
          data: {},
          evidence: employeeEvidence(e),
          params: {},
        });
      }
    }
    const k = personKey(e);
    const twin = k ? (ix.byPerson.get(k) ?? []).filter((p) => p.employee_id !== e.employee_id) : [];
    if (twin.length) {
      o.findings.push({
        messageId: 'same_person',
        data: { others: twin.map((p) => p.employee_id).join(', '), birth: e.birth_date ?? '' },
        evidence: [...employeeEvidence(e), ...twin.flatMap(employeeEvidence)],
        params: {},
      });
    }
    return o;
  },
};
