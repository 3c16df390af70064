// Reads a calendar written by "thongbao tasks --format ics" with ical.js
// (Mozilla's parser, the one Thunderbird uses) and expands each RRULE:
//   npm install ical.js@2.2.1 && node icaljs-check.mjs lich.ics
// It throws on what ical.js cannot parse and on a UID given twice.
import ICAL from 'ical.js';
import fs from 'fs';
const text = fs.readFileSync(process.argv[2], 'utf8');
const comp = new ICAL.Component(ICAL.parse(text));
const todos = comp.getAllSubcomponents('vtodo');
let n = 0, rec = 0;
const uids = new Set();
for (const t of todos) {
  const uid = t.getFirstPropertyValue('uid');
  if (uids.has(uid)) throw new Error('dup uid ' + uid);
  uids.add(uid);
  const due = t.getFirstPropertyValue('due');
  const start = t.getFirstPropertyValue('dtstart');
  const rr = t.getFirstPropertyValue('rrule');
  if (rr) {
    rec++;
    const it = new ICAL.RecurExpansion({component: t, dtstart: start});
    const firsts = [];
    for (let i = 0; i < 3; i++) firsts.push(it.next().toString());
    console.log('RRULE', rr.toString(), 'from', start.toString(), '->', firsts.join(' '));
  }
  n++;
  if (n <= 2) console.log(t.getFirstPropertyValue('summary'), '|', due && due.toString(), '|', start && start.toString());
}
console.log('vtodos', n, 'recurring', rec, 'calendar', comp.getFirstPropertyValue('x-wr-calname'));
