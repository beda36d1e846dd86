import type { Employee } from '../../parse/records.js';
import { nationalIdChecksumOk } from '../../parse/values.js';
import { type CheckFunction, out } from '../check.js';
import { employeeEvidence } from './util.js';

// Identity: the employees file should list each person once, under a valid id. Two employees
// with one national id, a national id that fails its check digit (13 digits, mod 11), or one
// person (same name and birth date) under two employee ids at once are signs of records put together;
// a rehire under a new id, the old record ended before the new one began, is not.

const index = new WeakMap<
  readonly Employee[],
  { byId: Map<string, Employee[]>; byPerson: Map<string, Employee[]> }
>();
// The parser gives a national id as its 13 digits and a name trimmed. Case is ignored by
// upper-casing: like Unicode case folding, it makes Straße and STRASSE one name, and final ς
// one letter with σ; lower-casing would keep them apart.
const personKey = (e: Employee) =>
  e.name && e.birth_date
    ? `${e.name.normalize('NFC').replace(/\s+/g, ' ').toUpperCase()}|${e.birth_date}`
    : undefined;

function indexOf(peers: readonly Employee[]) {
  let ix = index.get(peers);
  // Stryker disable next-line ConditionalExpression: equivalent, rebuilding the index gives the same index
  if (!ix) {
    ix = { byId: new Map(), byPerson: new Map() };
    for (const p of peers) {
      const id = p.national_id;
      // Stryker disable next-line ConditionalExpression: equivalent, the key undefined is never looked up
      if (id) ix.byId.set(id, [...(ix.byId.get(id) ?? []), p]);
      const k = personKey(p);
      // Stryker disable next-line ConditionalExpression: equivalent, the key undefined is never looked up
      if (k) ix.byPerson.set(k, [...(ix.byPerson.get(k) ?? []), p]);
    }
    index.set(peers, ix);
  }
  return ix;
}

/**
 * Whether two records of one person can be of one time: a rehire under a new employee id (the old
 * record kept, its termination_date before the new hire_date) is one worker at a time, lawful,
 * not records put together. Without the dates to tell, they may overlap.
 */
export function mayOverlap(a: Employee, b: Employee): boolean {
  if (a.termination_date && b.hire_date && a.termination_date < b.hire_date) return false;
  if (b.termination_date && a.hire_date && b.termination_date < a.hire_date) return false;
  return true;
}

export const identity: CheckFunction = {
  name: 'identity',
  fact: 'employee',
  needs: ['employees'],
  run(ctx) {
    const o = out();
    const e = ctx.facts.employee;
    const ix = indexOf(ctx.peers);
    const nid = e.national_id;
    if (nid) {
      // Stryker disable next-line ArrayDeclaration: equivalent, the employee is indexed under its own id
      const same = (ix.byId.get(nid) ?? []).filter(
        (p) => p.employee_id !== e.employee_id && mayOverlap(e, p),
      );
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
    // Stryker disable next-line ArrayDeclaration: equivalent, the employee is indexed under its own key
    const twin = k
      ? (ix.byPerson.get(k) ?? []).filter((p) => p.employee_id !== e.employee_id && mayOverlap(e, p))
      : [];
    if (twin.length) {
      o.findings.push({
        messageId: 'same_person',
        // Stryker disable next-line StringLiteral: equivalent, a twin is found only with a birth date
        data: { others: twin.map((p) => p.employee_id).join(', '), birth: e.birth_date ?? '' },
        evidence: [...employeeEvidence(e), ...twin.flatMap(employeeEvidence)],
        params: {},
      });
    }
    return o;
  },
};
